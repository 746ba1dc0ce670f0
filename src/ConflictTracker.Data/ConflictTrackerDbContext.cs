using ConflictTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ConflictTracker.Data;

public sealed class ConflictTrackerDbContext(DbContextOptions<ConflictTrackerDbContext> options) : DbContext(options)
{
    public DbSet<Report> Reports => Set<Report>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ConflictTrackerDbContext).Assembly);
}
