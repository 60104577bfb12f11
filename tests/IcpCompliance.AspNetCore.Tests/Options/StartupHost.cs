using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace IcpCompliance.AspNetCore.Tests.Options;

/// <summary>A bare host with <c>AddIcpCompliance</c> and the settings given, started as an app starts.</summary>
internal static class StartupHost
{
    internal static IHost Build(IReadOnlyDictionary<string, string?> settings)
    {
        HostApplicationBuilder builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddIcpCompliance();
        return builder.Build();
    }

    /// <summary>Starts the host and returns the exception that stopped it; fails when it starts.</summary>
    internal static async Task<OptionsValidationException> StartFailsAsync(IReadOnlyDictionary<string, string?> settings)
    {
        using IHost host = Build(settings);
        return await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
    }

    internal static async Task<SiteFooter> StartAsync(IReadOnlyDictionary<string, string?> settings)
    {
        using IHost host = Build(settings);
        await host.StartAsync();
        SiteFooter footer = host.Services.GetRequiredService<SiteFooter>();
        await host.StopAsync();
        return footer;
    }

    internal static Dictionary<string, string?> Settings(string? icp, string? psb = null, string? copyright = null) => new()
    {
        ["IcpCompliance:IcpFilingNumber"] = icp,
        ["IcpCompliance:PsbFilingNumber"] = psb,
        ["IcpCompliance:Copyright"] = copyright,
    };
}
