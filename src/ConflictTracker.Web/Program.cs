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

await app.Services.MigrateAndSeedAsync(app.Lifetime.ApplicationStopping);
await app.RunAsync();

public partial class Program;
