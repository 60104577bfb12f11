using System;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace IcpCompliance.AspNetCore;

/// <summary>Registers the site's ICP footer with an app's services.</summary>
public static class IcpComplianceServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="IcpComplianceOptions"/> from the configuration section <c>"IcpCompliance"</c>, checks them
    /// when the app starts (<c>ValidateOnStart</c>: a bad number stops the app with the parser's message in English
    /// and Chinese), and registers <see cref="SiteFooter"/> for the tag helper and the component.
    /// </summary>
    /// <param name="services">The app's services.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddIcpCompliance(this IServiceCollection services) => services.AddIcpCompliance(_ => { });

    /// <summary>As <see cref="AddIcpCompliance(IServiceCollection)"/>, then sets options in code (after
    /// configuration, so code wins); the result is checked the same way.</summary>
    /// <param name="services">The app's services.</param>
    /// <param name="configure">Sets options after they are bound from configuration.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IServiceCollection AddIcpCompliance(this IServiceCollection services, Action<IcpComplianceOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<IcpComplianceOptions>()
            .BindConfiguration(IcpComplianceOptions.SectionName)
            .Configure(configure)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<IcpComplianceOptions>, IcpComplianceOptionsValidator>());
        services.TryAddSingleton<SiteFooter>();
        return services;
    }
}
