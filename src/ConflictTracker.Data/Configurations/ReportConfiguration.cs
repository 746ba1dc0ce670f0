using ConflictTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ConflictTracker.Data.Configurations;

internal sealed class ReportConfiguration : IEntityTypeConfiguration<Report>
{
    public void Configure(EntityTypeBuilder<Report> builder)
    {
        builder.Property(r => r.Title).HasMaxLength(1000);
        builder.Property(r => r.Outlet).HasMaxLength(300);
        builder.Property(r => r.Url).HasMaxLength(2000);
        builder.Property(r => r.Author).HasMaxLength(300);
        builder.Property(r => r.Language).HasMaxLength(35);
        builder.Property(r => r.ContentHash).HasMaxLength(64);
        builder.Property(r => r.RawHash).HasMaxLength(64);
        builder.Property(r => r.SourceName).HasMaxLength(2000);
        builder.Property(r => r.Format).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(r => r.ContentHash).IsUnique();
        builder.HasIndex(r => r.RawHash);
        builder.HasIndex(r => r.PublishedAt);
        builder.HasIndex(r => r.IngestedAt);
        builder.HasIndex(r => r.Outlet);
        builder.HasOne(r => r.Story).WithMany(s => s.Reports).HasForeignKey(r => r.StoryId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Report>().WithMany().HasForeignKey(r => r.NearDuplicateOfId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(r => r.RawInput).WithOne(raw => raw.Report).HasForeignKey<RawInput>(raw => raw.ReportId).OnDelete(DeleteBehavior.Cascade);
    }
}
