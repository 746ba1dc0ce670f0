using ConflictTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ConflictTracker.Data.Configurations;

internal sealed class LocationConfiguration : IEntityTypeConfiguration<Location>
{
    public void Configure(EntityTypeBuilder<Location> builder)
    {
        builder.Property(l => l.PlaceId).HasMaxLength(300);
        builder.Property(l => l.Name).HasMaxLength(300);
        builder.Property(l => l.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(l => l.Country).HasMaxLength(2);
        builder.Property(l => l.Admin1).HasMaxLength(300);
        builder.HasIndex(l => l.PlaceId).IsUnique();
        builder.HasIndex(l => l.Country);
        builder.HasIndex(l => l.Name);
    }
}
