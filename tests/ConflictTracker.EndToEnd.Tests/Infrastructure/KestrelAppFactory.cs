using System.Net;
using ConflictTracker.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ConflictTracker.EndToEnd.Tests.Infrastructure;

/// <summary>The real app on a real Kestrel port on loopback, with its own temporary database.</summary>
public sealed class KestrelAppFactory : WebApplicationFactory<Program>
{
    private readonly TestDatabase _database = new();

    public KestrelAppFactory()
    {
        UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
    }

    public string BaseUrl { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Outside Development the static web assets (MudBlazor, blazor.web.js) are only found when asked for.
        builder.UseStaticWebAssets();
        builder.UseSetting("ConnectionStrings:ConflictTracker", _database.ConnectionString);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        _database.Dispose();
    }
}
