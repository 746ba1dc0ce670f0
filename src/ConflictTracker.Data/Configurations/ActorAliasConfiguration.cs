using ConflictTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ConflictTracker.Data.Configurations;

internal sealed class ActorAliasConfiguration : IEntityTypeConfiguration<ActorAlias>
{
    public void Configure(EntityTypeBuilder<ActorAlias> builder)
    {
        builder.Property(a => a.Alias).HasMaxLength(300);
        builder.Property(a => a.NormalizedAlias).HasMaxLength(300);
        // One actor per name: an alias already taken by another actor is not added to a second one.
        builder.HasIndex(a => a.NormalizedAlias).IsUnique();
        builder.HasIndex(a => a.ActorId);
    }
}
