using ConflictTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ConflictTracker.Data.Configurations;

internal sealed class IngestionJobConfiguration : IEntityTypeConfiguration<IngestionJob>
{
    public void Configure(EntityTypeBuilder<IngestionJob> builder)
    {
        builder.Property(j => j.BatchId).HasMaxLength(64);
        builder.Property(j => j.FileName).HasMaxLength(1000);
        builder.Property(j => j.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(j => new { j.Status, j.Id });
        builder.HasIndex(j => j.BatchId);
        builder.HasIndex(j => j.CreatedAt);
    }
}
