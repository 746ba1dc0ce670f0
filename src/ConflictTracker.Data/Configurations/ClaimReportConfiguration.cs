using ConflictTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ConflictTracker.Data.Configurations;

internal sealed class ClaimReportConfiguration : IEntityTypeConfiguration<ClaimReport>
{
    public void Configure(EntityTypeBuilder<ClaimReport> builder)
    {
        builder.Property(c => c.Cue).HasMaxLength(100);
        builder.Property(c => c.Evidentiality).HasConversion<string>().HasMaxLength(16);
        builder.HasOne(c => c.Claim).WithMany(c => c.Reports).HasForeignKey(c => c.ClaimId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.Report).WithMany(r => r.ClaimReports).HasForeignKey(c => c.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.ClaimId, c.ReportId });
        builder.HasIndex(c => c.ReportId);
    }
}
