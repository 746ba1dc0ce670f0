using ConflictTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ConflictTracker.Data.Configurations;

internal sealed class RawInputConfiguration : IEntityTypeConfiguration<RawInput>
{
    public void Configure(EntityTypeBuilder<RawInput> builder)
    {
        builder.HasKey(r => r.ReportId);
        builder.Property(r => r.ReportId).ValueGeneratedNever();
        builder.Property(r => r.FileName).HasMaxLength(2000);
    }
}
