using ConflictTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ConflictTracker.Data.Configurations;

internal sealed class MentionConfiguration : IEntityTypeConfiguration<Mention>
{
    public void Configure(EntityTypeBuilder<Mention> builder)
    {
        builder.Property(m => m.Text).HasMaxLength(1000);
        builder.HasOne(m => m.Report).WithMany(r => r.Mentions).HasForeignKey(m => m.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(m => m.Location).WithMany(l => l.Mentions).HasForeignKey(m => m.LocationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(m => m.Actor).WithMany(a => a.Mentions).HasForeignKey(m => m.ActorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => m.ReportId);
        // Each mention names a place or an actor, never both: partial indexes skip the other half's nulls, which
        // ingestion would otherwise insert into both indexes for every mention. "= @id" lookups imply IS NOT NULL.
        builder.HasIndex(m => new { m.LocationId, m.ReportId }).HasFilter("\"LocationId\" IS NOT NULL");
        builder.HasIndex(m => new { m.ActorId, m.ReportId }).HasFilter("\"ActorId\" IS NOT NULL");
        builder.ToTable(t => t.HasCheckConstraint("CK_Mentions_OneTarget", "(\"LocationId\" IS NULL) <> (\"ActorId\" IS NULL)"));
    }
}
