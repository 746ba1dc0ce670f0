using System.Collections.Frozen;
using ConflictTracker.Extraction.Resources;

namespace ConflictTracker.Extraction.Geography;

/// <summary>
/// Country names and demonyms from <c>Resources/countries.tsv</c>, loaded once. Demonyms ("Ukrainian") are never
/// places, but they tell which country an actor belongs to ("Ukrainian troops").
/// </summary>
public sealed class Countries
{
    private static readonly Lazy<Countries> Shared = new(() => new Countries(ResourceFiles.ReadRows("countries.tsv")));

    private readonly FrozenDictionary<string, Country> _byCode;
    private readonly FrozenDictionary<string, Country> _byName;
    private readonly FrozenDictionary<string, Country> _byDemonym;

    internal Countries(IEnumerable<string[]> rows)
    {
        var byCode = new Dictionary<string, Country>(StringComparer.OrdinalIgnoreCase);
        var byName = new Dictionary<string, Country>(StringComparer.OrdinalIgnoreCase);
        var byDemonym = new Dictionary<string, Country>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            var country = new Country(
                row[0], row[1],
                double.Parse(row[2], System.Globalization.CultureInfo.InvariantCulture),
                double.Parse(row[3], System.Globalization.CultureInfo.InvariantCulture),
                SplitList(row, 4), SplitList(row, 5));
            byCode[country.Code] = country;
            byName.TryAdd(country.Name, country);
            foreach (var alternate in country.Alternates)
            {
                byName.TryAdd(alternate, country);
            }

            foreach (var demonym in country.Demonyms)
            {
                byDemonym.TryAdd(demonym, country);
            }
        }

        _byCode = byCode.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _byName = byName.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _byDemonym = byDemonym.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    public static Countries Default => Shared.Value;

    public IEnumerable<Country> All => _byCode.Values;

    public Country? ByCode(string code) => _byCode.GetValueOrDefault(code);

    /// <summary>"Ukraine", "Britain", "U.S." (case-insensitive, exact).</summary>
    public Country? ByName(string name) => _byName.GetValueOrDefault(name);

    /// <summary>"Ukrainian", "British" (case-insensitive, exact).</summary>
    public Country? ByDemonym(string demonym) => _byDemonym.GetValueOrDefault(demonym);

    public IEnumerable<string> Names => _byName.Keys;

    public IEnumerable<string> DemonymWords => _byDemonym.Keys;

    private static string[] SplitList(string[] row, int index) =>
        row.Length > index && row[index].Length > 0 ? row[index].Split('|') : [];
}
