using ConflictTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ConflictTracker.Data.Configurations;

internal sealed class ReportBandConfiguration : IEntityTypeConfiguration<ReportBand>
{
    public void Configure(EntityTypeBuilder<ReportBand> builder)
    {
        // Looked up by key only; the composite key is the index, and a row is tiny.
        builder.HasKey(b => new { b.Key, b.ReportId });
        builder.HasOne<Report>().WithMany().HasForeignKey(b => b.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(b => b.ReportId);
    }
}
