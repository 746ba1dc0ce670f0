namespace ConflictTracker.Extraction.Geography;

/// <summary>One place-name mention found in the text with the gazetteer rows its name can mean.</summary>
internal sealed class PlaceSpot
{
    public required int FirstToken { get; init; }
    public required int TokenCount { get; init; }
    public required int Start { get; init; }
    public required int End { get; init; }
    /// <summary>The normalised name: mentions with the same key mean the same place within one report.</summary>
    public required string Key { get; init; }
    public required int[] Candidates { get; set; }
    /// <summary>Found only through the transliteration skeleton: weaker evidence.</summary>
    public bool ViaSkeleton { get; init; }
    /// <summary>The name itself says region ("Donetsk region", "Kursk Oblast").</summary>
    public bool ExplicitRegion { get; init; }
    /// <summary>The text around it says region ("the Kyiv and Odesa regions", "the region of Volyn").</summary>
    public bool RegionHint { get; set; }
}
