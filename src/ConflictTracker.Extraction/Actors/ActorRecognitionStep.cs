using ConflictTracker.Extraction.Lexicons;
using ConflictTracker.Extraction.Model;
using ConflictTracker.Extraction.Pipeline;
using ConflictTracker.Extraction.Text;

namespace ConflictTracker.Extraction.Actors;

/// <summary>
/// Finds actors in one left-to-right pass per sentence: the curated dictionary, demonym or country plus a force
/// noun ("Russian troops"), states and capitals acting as agents, organisations by head noun, acronyms defined in
/// the text, and people by title or name shape; then surname-only mentions and acronyms are linked back. Each rule
/// family is a class of its own; this step only decides which one reads the next token.
/// </summary>
public sealed class ActorRecognitionStep : IExtractionStep
{
    private readonly ExtractionLexicons _lexicons;
    private readonly DictionaryActors _dictionary;
    private readonly AlliedGroups _allied;
    private readonly SponsorCompounds _sponsors;
    private readonly DescribedPeople _described;
    private readonly Collectives _collectives;
    private readonly CountryPhrases _countries;
    private readonly CapitalisedNames _capitalised;
    private readonly SpeakerLabels _speakers;
    private readonly DefinedNames _defined = new();
    private readonly ActorLinks _links;

    public ActorRecognitionStep(ExtractionLexicons lexicons)
    {
        _lexicons = lexicons;
        var names = new PersonNames(lexicons);
        var titled = new TitledPeople(lexicons, names);
        var bodies = new PossessiveBodies(lexicons);
        var owners = new BodyOwners(lexicons);
        _dictionary = new DictionaryActors(lexicons, bodies, owners);
        _allied = new AlliedGroups(lexicons);
        _sponsors = new SponsorCompounds(lexicons);
        _described = new DescribedPeople(lexicons, titled);
        _collectives = new Collectives(lexicons);
        _countries = new CountryPhrases(lexicons, new StateAgency(lexicons), _collectives, _described, bodies);
        _capitalised = new CapitalisedNames(lexicons, names, titled, new CapitalisedRoles(lexicons, names, titled), new Organisations(lexicons, names, owners));
        _speakers = new SpeakerLabels(lexicons, names);
        _links = new ActorLinks(lexicons);
    }

    public string Name => "Actors";

    public void Run(Document document)
    {
        var table = new ActorTable(document.Normalized, document.Tokens, document.TokenCount);
        document.ActorTable = table;
        var located = LocatedTokens(document);

        foreach (var sentence in document.Sentences)
        {
            if (IsCredits(document, sentence))
            {
                continue;
            }

            var i = sentence.FirstToken;
            while (i < sentence.EndToken)
            {
                i = Recognise(document, table, located, sentence, i);
            }
        }

        foreach (var turn in document.Turns)
        {
            _speakers.RecogniseSpeaker(document, table, turn);
        }

        _links.Link(document, table);
    }

    /// <summary>"(Reporting by A in Juba; Editing by B)": the wire's staff credits name no actor of the story.</summary>
    private static bool IsCredits(Document document, Sentence sentence)
    {
        var k = sentence.FirstToken;
        if (k < sentence.EndToken && document.Normalized[document.Tokens[k].Start] == '(')
        {
            k++;
        }

        if (k < sentence.EndToken && document.TokenText(k) is "Additional" or "additional")
        {
            k++;
        }

        return k + 1 < sentence.EndToken && document.TokenText(k) is "Reporting" or "reporting" or "Writing" or "Editing" or "Compiled" or "Produced" &&
            document.TokenText(k + 1) is "by";
    }

    private int Recognise(Document document, ActorTable table, bool[] located, Sentence sentence, int i)
    {
        var text = document.Normalized;
        var tokens = document.Tokens;
        var t = tokens[i];
        if (!t.IsWord || table.TokenActor[i] >= 0)
        {
            return i + 1;
        }

        int next;
        if (TryDatelineCredit(document, table, i, out next) || _countries.TryGovernmentIn(document, table, sentence, i, out next))
        {
            return next;
        }

        if (t.IsLower)
        {
            if (_dictionary.TryLowerCase(document, table, sentence, i, out next) || _allied.TryAlliedGroup(document, table, sentence, i, out next) ||
                _defined.TryKnownAs(document, table, sentence, i, out next))
            {
                return next;
            }

            _described.TryRoleOfOrganisation(document, table, sentence, i);
            _countries.NoteUnnamedActors(document, table, sentence, i);
            return _countries.TryGovernmentForces(document, table, sentence, i, out next) ? next : i + 1;
        }

        if (_dictionary.TryCapitalised(document, table, sentence, i, out next))
        {
            return next;
        }

        // A capitalised function word that merely starts the sentence ("The", "In") is never part of an actor.
        if (!t.IsAllCaps && _lexicons.ActorWords.FunctionWords.ContainsSpan(text.AsSpan(t.Start, t.Length)))
        {
            return i + 1;
        }

        // "Local Ukrainian officials" at a sentence start: the modifier joins the demonym phrase that follows.
        if (i == sentence.FirstToken && document.TokenText(i) is "Local" or "Senior" or "Regional" or "Top" &&
            i + 1 < sentence.EndToken && _lexicons.Demonyms.TryMatch(text, tokens, i + 1, sentence.EndToken, out _, out _))
        {
            return i + 1;
        }

        if (document.TokenText(i) is "Western" or "Arab" or "European" or "Gulf" && _collectives.TryCollective(document, table, sentence, i, i + 1, null, out next) ||
            _allied.TryAlliedGroup(document, table, sentence, i, out next))
        {
            return next;
        }

        if (_sponsors.TryRead(document, table, i))
        {
            return i + 1;
        }

        return _countries.TryCountryPhrase(document, table, sentence, i, out next) ? next : _capitalised.RecogniseCapitalised(document, table, located, sentence, i);
    }

    /// <summary>
    /// "KHERSON, July 22 (BSW) -", "BAMAKO (Sahel Wire) -": the wire credited in the dateline is a media outlet, and an
    /// actor of the story only if the text names it again ("told Black Sea Wire", "Meridian could not verify").
    /// Outlets the dictionary knows are read there.
    /// </summary>
    private bool TryDatelineCredit(Document document, ActorTable table, int i, out int next)
    {
        next = i;
        var text = document.Normalized;
        var tokens = document.Tokens;
        if (i < 1 || i > 40 || text[tokens[i - 1].Start] != '(' || _lexicons.Actors.TryMatch(text, tokens, i, document.TokenCount, out _, out _))
        {
            return false;
        }

        var close = i;
        while (close < document.TokenCount && close < i + 5 && tokens[close].IsWord && tokens[close].IsCapitalised && tokens[close].NewlinesBefore == 0)
        {
            close++;
        }

        if (close == i || close + 1 >= document.TokenCount || text[tokens[close].Start] != ')' || text[tokens[close + 1].Start] is not ('-' or '\u2013' or '\u2014'))
        {
            return false;
        }

        var name = text.Substring(tokens[i].Start, tokens[close - 1].End - tokens[i].Start);
        var record = table.GetOrAdd(name, ActorType.Media, null);
        table.AddMention(record, i, close);
        table.Credits.Add(record);
        if (close == i + 1)
        {
            table.ShortNames[name] = record;
        }

        next = close;
        return true;
    }

    /// <summary>Tokens the location step already took as places, so a place is not also read as a person.</summary>
    private static bool[] LocatedTokens(Document document)
    {
        var located = new bool[document.TokenCount];
        if (document.Locations.Count == 0)
        {
            return located;
        }

        foreach (var location in document.Locations)
        {
            foreach (var mention in location.Mentions)
            {
                var k = document.SentenceAt(mention.Start);
                if (k < 0)
                {
                    continue;
                }

                var sentence = document.Sentences[k];
                for (var j = sentence.FirstToken; j < sentence.EndToken; j++)
                {
                    var t = document.Tokens[j];
                    if (t.Start >= mention.Start && t.End <= mention.End)
                    {
                        located[j] = true;
                    }
                }
            }
        }

        return located;
    }}
