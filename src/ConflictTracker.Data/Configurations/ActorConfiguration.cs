using ConflictTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ConflictTracker.Data.Configurations;

internal sealed class ActorConfiguration : IEntityTypeConfiguration<Actor>
{
    public void Configure(EntityTypeBuilder<Actor> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(300);
        builder.Property(a => a.NormalizedName).HasMaxLength(300);
        builder.Property(a => a.Type).HasConversion<string>().HasMaxLength(24);
        builder.Property(a => a.Affiliation).HasMaxLength(300);
        builder.HasIndex(a => a.NormalizedName);
        builder.HasIndex(a => a.Type);
        builder.HasMany(a => a.Aliases).WithOne(a => a.Actor).HasForeignKey(a => a.ActorId).OnDelete(DeleteBehavior.Cascade);
    }
}
