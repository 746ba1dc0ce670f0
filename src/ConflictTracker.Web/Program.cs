using ConflictTracker.Data;
using ConflictTracker.Web;
using ConflictTracker.Web.Components;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

builder.AddSerilogLogging();
builder.Services.AddConflictTrackerData();
builder.Services.AddDashboard();
builder.Services.AddUploadIngestion();

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
}

app.UseSerilogRequestLogging();
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseAntiforgery();

app.MapStaticAssets();
app.MapHealthChecks("/health");
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

try
{
    await app.Services.MigrateAndSeedAsync(app.Lifetime.ApplicationStopping);
}
catch (IncompatibleDatabaseException ex)
{
    // Start-up cannot go on; the message tells the user how to point the app at another database.
    app.Logger.LogCritical("{Problem}", ex.Message);
    return 1;
}

await app.RunAsync();
return 0;

public partial class Program;
