using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IcpCompliance.Filing;
using IcpCompliance.Rules;
using IcpCompliance.Testing;
using IcpCompliance.Tests.TestSupport;
using NodaTime;

namespace IcpCompliance.Tests.Testing;

/// <summary>The application builder of IcpCompliance.Testing: valid by default, each With… keeping validity as it
/// documents, immutable.</summary>
public sealed class FilingApplicationBuilderTests
{
    private static readonly LocalDate Today = new(2026, 3, 2);

    private static string Errors(FilingApplication application)
        => string.Join("\n", RuleSet.Default.Evaluate(application, Today).Findings.Where(f => f.Severity == RuleSeverity.Error).Select(f => f.ToString()));

    // A change the builder documents as keeping the application valid, chosen by a number.
    private static FilingApplicationBuilder Step(FilingApplicationBuilder builder, int choice, int n) => (choice % 3) switch
    {
        0 => builder.WithSubjectName(new[] { "北京示例软件有限公司", "北京示例信息技术有限公司", "北京示例网络科技有限公司" }[n % 3]),
        1 => builder.WithWebsite("示例站点" + n.ToString(System.Globalization.CultureInfo.InvariantCulture), "shili-site" + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".cn"),
        _ => builder,
    };

    [Property(MaxTest = 200 / Cases.Divisor)]
    public Property Every_built_application_passes_the_rules_with_no_error() => Prop.ForAll(
        Gen.Elements(true, false).ToArbitrary(),
        Gen.ArrayOf(Gen.Choose(0, 1000)).Select(a => a.Take(6).ToArray()).ToArbitrary(),
        (website, choices) =>
        {
            FilingApplicationBuilder builder = website ? FilingApplicationBuilder.CompanyWebsite() : FilingApplicationBuilder.MiniProgram();
            for (int i = 0; i < choices.Length; i++)
            {
                // Each website gets a domain of its own (the builder refuses a domain the application has).
                builder = Step(builder, choices[i], (i * 1000) + choices[i]);
            }

            string errors = Errors(builder.Build());
            return (errors.Length == 0).Label(errors);
        });

    [Fact]
    public void The_samples_are_valid_and_the_builders_start_from_them()
    {
        Assert.Equal(SampleFilings.CompanyWebsite, FilingApplicationBuilder.CompanyWebsite().Build());
        Assert.Equal(SampleFilings.WeChatMiniProgram, FilingApplicationBuilder.MiniProgram().Build());
        Assert.Equal(string.Empty, Errors(SampleFilings.CompanyWebsite));
        Assert.Equal(string.Empty, Errors(SampleFilings.WeChatMiniProgram));
    }

    [Fact]
    public void A_with_leaves_the_builder_it_was_called_on_as_it_was()
    {
        FilingApplicationBuilder basis = FilingApplicationBuilder.CompanyWebsite();
        FilingApplication shop = basis.WithWebsite("示例科技商城", "shili-shop.cn").Build();
        Assert.Equal(2, shop.Services.Length);
        Assert.Equal(SampleFilings.CompanyWebsite, basis.Build());
        Assert.Equal("shili-shop.cn", shop.Services[1].Domains[0].Domain.ToString());
        Assert.Equal(shop.Subject.Name, shop.Services[1].Domains[0].Holder);
    }

    [Fact]
    public void A_new_subject_name_moves_the_domains_it_held()
    {
        FilingApplication renamed = FilingApplicationBuilder.CompanyWebsite().WithSubjectName("北京示例软件有限公司").Build();
        Assert.Equal("北京示例软件有限公司", renamed.Subject.Name);
        Assert.All(renamed.Services.SelectMany(s => s.Domains), d => Assert.Equal("北京示例软件有限公司", d.Holder));
    }

    [Fact]
    public void A_mini_program_with_a_website_gets_the_domain_certificate()
    {
        FilingApplication both = FilingApplicationBuilder.MiniProgram().WithWebsite("示例好物官网", "shili-haowu.cn").Build();
        Assert.Contains(FilingDocument.DomainCertificate, both.Documents);
        Assert.Equal(string.Empty, Errors(both));
    }

    [Fact]
    public void Bad_arguments_are_refused_and_with_is_not_checked()
    {
        FilingApplicationBuilder basis = FilingApplicationBuilder.CompanyWebsite();
        Assert.Throws<ArgumentException>(() => basis.WithSubjectName(" "));
        Assert.Throws<ArgumentException>(() => basis.WithWebsite("商城", "not a domain"));
        Assert.Throws<ArgumentException>(() => basis.WithWebsite("官网二", "shili-keji.cn"));
        Assert.Throws<ArgumentNullException>(() => basis.With(null!));

        // With(…) changes anything, valid or not: here the subject loses its certificate's name.
        FilingApplication unnamed = basis.With(a => a with { Subject = a.Subject with { Name = string.Empty } }).Build();
        Assert.NotEqual(string.Empty, Errors(unnamed));
    }
}
