using ConflictTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ConflictTracker.Data.Configurations;

internal sealed class ClaimLocationConfiguration : IEntityTypeConfiguration<ClaimLocation>
{
    public void Configure(EntityTypeBuilder<ClaimLocation> builder)
    {
        builder.HasKey(c => new { c.ClaimId, c.LocationId });
        builder.HasOne(c => c.Claim).WithMany(c => c.Locations).HasForeignKey(c => c.ClaimId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.Location).WithMany().HasForeignKey(c => c.LocationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => c.LocationId);
    }
}
