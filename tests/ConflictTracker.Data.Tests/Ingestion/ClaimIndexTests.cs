using ConflictTracker.Data.Ingestion;
using ConflictTracker.Data.Ingestion.Similarity;

namespace ConflictTracker.Data.Tests.Ingestion;

public sealed class ClaimIndexTests
{
    [Fact]
    public void FindsARewordedClaimOfTheSameSpeakerOnly()
    {
        var index = new ClaimIndex();
        index.Load("actor:1", [(1, ClaimText.Normalize("forces destroyed 12 drones over Norvik near the river"), null)]);
        index.Load("actor:2", []);
        var reworded = ClaimText.Bands(ClaimText.Words(ClaimText.Normalize("forces shot down 12 drones over Norvik near the river")));

        Assert.Equal(1, Assert.Single(index.Candidates("actor:1", reworded, 20)).Id);
        Assert.Empty(index.Candidates("actor:2", reworded, 20));
    }

    [Fact]
    public void KeepsASpeakersNewestClaimsWhenTheyPassTheLimit()
    {
        var index = new ClaimIndex();
        index.Load("actor:1", []);
        for (var id = 1; id <= ClaimIndex.MaxClaimsPerSpeaker + 1; id++)
        {
            var normalized = $"claim {id}";
            index.Add("actor:1", id, normalized, null, ClaimText.Bands(ClaimText.Words(normalized)));
        }

        Assert.True(index.Count <= ClaimIndex.MaxClaimsPerSpeaker);
        Assert.Equal(ClaimIndex.MaxClaimsPerSpeaker + 1, index.Exact("actor:1", $"claim {ClaimIndex.MaxClaimsPerSpeaker + 1}"));
        Assert.Null(index.Exact("actor:1", "claim 1"));
    }

    [Fact]
    public void DropsTheLeastRecentlyUsedSpeakersWhenFull()
    {
        var index = new ClaimIndex();
        var speakers = ClaimIndex.MaxClaims / ClaimIndex.MaxClaimsPerSpeaker + 1;
        for (var s = 0; s < speakers; s++)
        {
            var claims = Enumerable.Range(s * ClaimIndex.MaxClaimsPerSpeaker, ClaimIndex.MaxClaimsPerSpeaker).Select(id => (id, $"claim {id}", (DateOnly?)null)).ToList();
            index.Load($"actor:{s}", claims);
        }

        Assert.True(index.Count <= ClaimIndex.MaxClaims);
        Assert.False(index.IsLoaded("actor:0"));
        Assert.True(index.IsLoaded($"actor:{speakers - 1}"));
    }
}
