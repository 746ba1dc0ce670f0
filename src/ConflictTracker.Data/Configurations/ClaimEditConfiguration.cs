using ConflictTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ConflictTracker.Data.Configurations;

internal sealed class ClaimEditConfiguration : IEntityTypeConfiguration<ClaimEdit>
{
    public void Configure(EntityTypeBuilder<ClaimEdit> builder)
    {
        builder.Property(e => e.Editor).HasMaxLength(300);
        builder.Property(e => e.Field).HasMaxLength(100);
        builder.HasOne(e => e.Claim).WithMany(c => c.Edits).HasForeignKey(e => e.ClaimId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.ClaimId, e.At });
        builder.HasIndex(e => e.At);
    }
}
