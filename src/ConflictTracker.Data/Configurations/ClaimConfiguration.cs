using ConflictTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ConflictTracker.Data.Configurations;

internal sealed class ClaimConfiguration : IEntityTypeConfiguration<Claim>
{
    public void Configure(EntityTypeBuilder<Claim> builder)
    {
        builder.Property(c => c.Speaker).HasMaxLength(300);
        builder.Property(c => c.SpeakerKey).HasMaxLength(320);
        builder.Property(c => c.Cue).HasMaxLength(100);
        builder.Property(c => c.SourceType).HasConversion<string>().HasMaxLength(24);
        builder.Property(c => c.Evidentiality).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasOne(c => c.SpeakerActor).WithMany().HasForeignKey(c => c.SpeakerActorId).OnDelete(DeleteBehavior.SetNull);
        // The writer reads a speaker's newest claims by this index; (SpeakerKey, Id) entries append at the end of each
        // speaker's run, where a (SpeakerKey, NormalizedText) index took a random insert per claim.
        builder.HasIndex(c => c.SpeakerKey);
        builder.HasIndex(c => new { c.SpeakerActorId, c.FirstReportedAt });
        builder.HasIndex(c => new { c.Status, c.FirstReportedAt });
        builder.HasIndex(c => c.FirstReportedAt);
        // No index on Date or IndependentSourceCount: the dashboard reads them through expressions no index serves,
        // and every index costs each of the thousands of claim inserts per ingest.
    }
}
