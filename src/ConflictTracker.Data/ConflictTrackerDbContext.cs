using ConflictTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ConflictTracker.Data;

public sealed class ConflictTrackerDbContext(DbContextOptions<ConflictTrackerDbContext> options) : DbContext(options)
{
    public DbSet<Report> Reports => Set<Report>();
    public DbSet<RawInput> RawInputs => Set<RawInput>();
    public DbSet<Story> Stories => Set<Story>();
    public DbSet<ReportBand> ReportBands => Set<ReportBand>();
    public DbSet<Location> Locations => Set<Location>();
    public DbSet<Actor> Actors => Set<Actor>();
    public DbSet<ActorAlias> ActorAliases => Set<ActorAlias>();
    public DbSet<Mention> Mentions => Set<Mention>();
    public DbSet<Claim> Claims => Set<Claim>();
    public DbSet<ClaimReport> ClaimReports => Set<ClaimReport>();
    public DbSet<ClaimLocation> ClaimLocations => Set<ClaimLocation>();
    public DbSet<ClaimActor> ClaimActors => Set<ClaimActor>();
    public DbSet<ClaimEdit> ClaimEdits => Set<ClaimEdit>();
    public DbSet<IngestionJob> IngestionJobs => Set<IngestionJob>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ConflictTrackerDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite keeps no time zone: every instant is written as UTC and read back marked as UTC.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcConverter>();
    }

    private sealed class UtcConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
