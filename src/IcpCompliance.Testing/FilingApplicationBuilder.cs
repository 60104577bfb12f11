using System;
using System.Linq;
using IcpCompliance.Filing;
using IcpCompliance.Identity;
using IcpCompliance.Parsing;
using NodaTime;

namespace IcpCompliance.Testing;

/// <summary>
/// Makes filing applications for tests, starting from a complete, valid sample (<see cref="SampleFilings"/>): every
/// application it builds passes the built-in rules with no error, unless a <c>With…</c> method says otherwise.
/// </summary>
/// <remarks>
/// <para>Immutable and fluent: each <c>With…</c> returns a new builder and leaves this one as it was, so one builder
/// can be the base of many.</para>
/// <code>
/// FilingApplication shop = FilingApplicationBuilder.CompanyWebsite()
///     .WithWebsite("示例科技商城", "shili-shop.cn")
///     .Build();
/// </code>
/// <para>Safe to use from any thread.</para>
/// </remarks>
public sealed class FilingApplicationBuilder
{
    private readonly FilingApplication _application;

    private FilingApplicationBuilder(FilingApplication application) => _application = application;

    /// <summary>A builder of <see cref="SampleFilings.CompanyWebsite"/>: a Beijing enterprise's first filing of its
    /// website.</summary>
    /// <returns>The builder.</returns>
    public static FilingApplicationBuilder CompanyWebsite() => new(SampleFilings.CompanyWebsite);

    /// <summary>A builder of <see cref="SampleFilings.WeChatMiniProgram"/>: a Shenzhen enterprise's first filing of
    /// a WeChat Mini Program.</summary>
    /// <returns>The builder.</returns>
    public static FilingApplicationBuilder MiniProgram() => new(SampleFilings.WeChatMiniProgram);

    /// <summary>This builder with another name for the subject; the domains the subject held under its old name are
    /// held under the new one, so the application stays valid.</summary>
    /// <param name="name">The subject's name as on its certificate, such as <c>北京示例软件有限公司</c>.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentException">The name is empty or blank.</exception>
    /// <exception cref="ArgumentNullException">The name is null.</exception>
    public FilingApplicationBuilder WithSubjectName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        string old = _application.Subject.Name;
        return new(_application with
        {
            Subject = _application.Subject with { Name = name },
            Services = [.. _application.Services.Select(s => s with { Domains = [.. s.Domains.Select(d => d.Holder == old ? d with { Holder = name } : d)] })],
        });
    }

    /// <summary>This builder with one more website: held by the subject, hosted in the Mainland by the same provider
    /// as the first service, its principal the subject's principal; a domain certificate is added to the documents
    /// if missing. The application stays valid when the domain is not one of its services' already.</summary>
    /// <param name="serviceName">The website's name, such as <c>示例科技商城</c>.</param>
    /// <param name="domain">Its domain, such as <c>shili-shop.cn</c>: a name the library parses strictly, under a
    /// suffix that may be filed.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentException">The service name is blank, the domain does not parse, or the application
    /// already has it.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public FilingApplicationBuilder WithWebsite(string serviceName, string domain)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceName);
        ArgumentNullException.ThrowIfNull(domain);
        DomainName name = DomainName.Parse(domain, ParseMode.Strict).Match(d => d, e => throw new ArgumentException($"'{domain}' is not a domain name: {e.Message}", nameof(domain)));
        if (_application.Services.SelectMany(s => s.Domains).Any(d => d.Domain == name))
        {
            throw new ArgumentException($"The application already has {domain}.", nameof(domain));
        }

        Person principal = _application.People.First(p => p.Role == PersonRole.SubjectPrincipal) with { Role = PersonRole.ServicePrincipal };
        var website = new FilingService
        {
            Kind = ServiceKind.Website,
            Name = serviceName,
            Description = "介绍公司产品与服务的网站",
            Domains =
            [
                new DomainRegistration
                {
                    Domain = name,
                    Holder = _application.Subject.Name,
                    Registrar = "示例域名注册服务有限公司",
                    RegisteredInMainland = true,
                    ExpiresOn = new LocalDate(2030, 6, 30),
                },
            ],
            HostingRegion = HostingRegion.Mainland,
            HostingProvider = _application.Services[0].HostingProvider,
            Principal = principal,
        };
        return new(_application with
        {
            Services = _application.Services.Add(website),
            Documents = _application.Documents.Contains(FilingDocument.DomainCertificate) ? _application.Documents : _application.Documents.Add(FilingDocument.DomainCertificate),
        });
    }

    /// <summary>This builder with the application changed by a function, for what the other methods do not cover
    /// (an invalid application, to test a rule): the result is not checked, and may be invalid.</summary>
    /// <param name="change">Makes the new application from the current one.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentNullException">The function is null, or it returned null.</exception>
    public FilingApplicationBuilder With(Func<FilingApplication, FilingApplication> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return new(change(_application) ?? throw new ArgumentNullException(nameof(change), "The function returned null."));
    }

    /// <summary>The application.</summary>
    /// <returns>The application as built.</returns>
    public FilingApplication Build() => _application;
}
