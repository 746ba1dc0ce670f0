using ConflictTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ConflictTracker.Data.Configurations;

internal sealed class ReportBandConfiguration : IEntityTypeConfiguration<ReportBand>
{
    public void Configure(EntityTypeBuilder<ReportBand> builder)
    {
        // Looked up by key only; the composite key is the index, and a row is tiny.
        // Only ever looked up by key and written thousands of times a second, so the key is the one B-tree: no foreign
        // key (and so no second index), and the migration makes the table WITHOUT ROWID. A band left behind by a
        // deleted row matches nothing and is skipped.
        builder.HasKey(b => new { b.Key, b.ReportId });
    }
}
