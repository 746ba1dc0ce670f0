using ConflictTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ConflictTracker.Data.Configurations;

internal sealed class ClaimBandConfiguration : IEntityTypeConfiguration<ClaimBand>
{
    public void Configure(EntityTypeBuilder<ClaimBand> builder)
    {
        builder.HasKey(b => new { b.Key, b.ClaimId });
        builder.HasOne<Claim>().WithMany().HasForeignKey(b => b.ClaimId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(b => b.ClaimId);
    }
}
