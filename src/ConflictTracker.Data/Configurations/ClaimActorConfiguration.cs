using ConflictTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ConflictTracker.Data.Configurations;

internal sealed class ClaimActorConfiguration : IEntityTypeConfiguration<ClaimActor>
{
    public void Configure(EntityTypeBuilder<ClaimActor> builder)
    {
        builder.HasKey(c => new { c.ClaimId, c.ActorId });
        builder.HasOne(c => c.Claim).WithMany(c => c.Actors).HasForeignKey(c => c.ClaimId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.Actor).WithMany().HasForeignKey(c => c.ActorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => c.ActorId);
    }
}
