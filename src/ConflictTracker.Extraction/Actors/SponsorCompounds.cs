using ConflictTracker.Extraction.Lexicons;
using ConflictTracker.Extraction.Model;
using ConflictTracker.Extraction.Pipeline;

namespace ConflictTracker.Extraction.Actors;

/// <summary>States named in a sponsor compound ("Rwanda-backed rebels", "an Egyptian-mediated truce").</summary>
internal sealed class SponsorCompounds(ExtractionLexicons lexicons)
{
    private readonly ActorWords _words = lexicons.ActorWords;

    /// <summary>
    /// Whether the token is a sponsor compound ("Tuareg-led") or a like modifier ("Bogotá-based", "Kurdish-run"), which
    /// modifies the name after it and is never part of it; a state in it that sponsors fighters or brokers talks is
    /// recorded as acting.
    /// </summary>
    public bool TryRead(Document document, ActorTable table, int i) => TryBackingState(document, table, i) || IsBackingCompound(document, i);

    /// <summary>"Rwanda-backed rebels", "an Egyptian-mediated truce": the state in the compound acts as a sponsor or mediator.</summary>
    private bool TryBackingState(Document document, ActorTable table, int i)
    {
        var t = document.Tokens[i];
        var span = document.Normalized.AsSpan(t.Start, t.Length);
        var dash = span.LastIndexOf('-');
        if (dash < 2 || !_words.BackingParticiples.ContainsSpan(span[(dash + 1)..]))
        {
            return false;
        }

        // Only a sponsor of fighters or a broker of talks acts; "Chinese-backed investments" names no agent.
        var k = i + 1;
        while (k < document.TokenCount && k < i + 7 && document.Tokens[k].IsCapitalised && document.Tokens[k].NewlinesBefore == 0)
        {
            k++;
        }

        // "Kenyan-led Multinational Security Support Mission": a named organisation after the compound is an agent too.
        var namedOrg = k > i + 1 && lexicons.OrgHeads.ContainsKeySpan(document.TokenText(k - 1));
        if (!namedOrg && (k >= document.TokenCount || !_words.BackedNouns.ContainsSpan(document.TokenText(k))))
        {
            return false;
        }

        var prefix = span[..dash].ToString();
        if ((lexicons.Countries.ByName(prefix) ?? lexicons.Countries.ByDemonym(prefix)) is not { } country)
        {
            return false;
        }

        var state = table.GetOrAdd(country.Name, ActorType.State, country.Name);
        state.Emit = true;
        table.AddPartMention(state, i, prefix.Length);
        return true;
    }

    private bool IsBackingCompound(Document document, int i)
    {
        var span = document.TokenText(i);
        var dash = span.LastIndexOf('-');
        return dash >= 2 && (_words.BackingParticiples.ContainsSpan(span[(dash + 1)..]) || _words.ModifierParticiples.ContainsSpan(span[(dash + 1)..]));
    }
}
