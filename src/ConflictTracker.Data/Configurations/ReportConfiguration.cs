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
        builder.Property(r => r.ContentHash).HasMaxLength(64);
        builder.HasIndex(r => r.ContentHash).IsUnique();
        builder.HasIndex(r => r.PublishedAt);
    }
}
