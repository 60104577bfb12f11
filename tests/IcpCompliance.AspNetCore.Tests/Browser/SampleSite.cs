using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace IcpCompliance.AspNetCore.Tests.Browser;

/// <summary>
/// The sample site (samples/IcpCompliance.Sample.Web) served by Kestrel on a free port of 127.0.0.1, so that a real
/// browser can open it. Settings given here override its appsettings.json.
/// </summary>
public sealed class SampleSite : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> _settings;

    public SampleSite()
        : this(new Dictionary<string, string?>())
    {
    }

    internal SampleSite(IReadOnlyDictionary<string, string?> settings)
    {
        _settings = settings;
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>Starts the server (once) and returns its address, such as <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address
    {
        get
        {
            StartServer();
            string address = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
            return new Uri(address.EndsWith('/') ? address : address + "/");
        }
    }

    /// <summary>Every address the server listens on.</summary>
    public IReadOnlyCollection<string> Addresses
    {
        get
        {
            StartServer();
            return [.. Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses];
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach ((string key, string? value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
