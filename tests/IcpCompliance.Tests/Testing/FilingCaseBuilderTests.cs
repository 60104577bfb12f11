using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IcpCompliance.Filing;
using IcpCompliance.Testing;
using IcpCompliance.Tests.TestSupport;
using IcpCompliance.Workflow;
using NodaTime;

namespace IcpCompliance.Tests.Testing;

/// <summary>The case builder of IcpCompliance.Testing: every case it builds replays from its history, in the state
/// asked for.</summary>
public sealed class FilingCaseBuilderTests
{
    private static readonly FilingApplication[] Applications =
    [
        SampleFilings.CompanyWebsite,
        SampleFilings.WeChatMiniProgram,
        FilingApplicationBuilder.CompanyWebsite().WithWebsite("示例科技商城", "shili-shop.cn").Build(),
    ];

    [Property(MaxTest = 300 / Cases.Divisor)]
    public Property Every_built_case_replays_and_stands_in_the_state_asked_for() => Prop.ForAll(
        Gen.Elements(Applications).ToArbitrary(),
        Gen.Elements(FilingCaseBuilder.SupportedStates.ToArray()).ToArbitrary(),
        Gen.Choose(1, 360).SelectMany(step => Gen.Choose(0, 365 * 24).Select(start => (Step: step, Start: start))).ToArbitrary(),
        (application, state, timing) =>
        {
            (int stepMinutes, int startHours) = timing;
            FilingCaseBuilder builder = FilingCaseBuilder.For(application)
                .StartedAt(Instant.FromUtc(2026, 1, 1, 0, 0) + Duration.FromHours(startHours))
                .WithStep(Duration.FromMinutes(stepMinutes))
                .WithState(state);
            FilingCase built;
            try
            {
                built = builder.Build();
            }
            catch (InvalidOperationException)
            {
                // Only a state off this application's path: a Mini Program starts on its platform, a website in Draft.
                bool miniProgram = application.Services.Any(s => s.Kind == ServiceKind.MiniProgram);
                return miniProgram ? state == FilingState.Draft : state.IsPlatformStep;
            }

            FilingCase replayed = FilingWorkflow.Default.Replay(built.History).Match(c => c, r => throw new InvalidOperationException(r.Message));
            return built.State == state && replayed == built && built.Application == application;
        });

    [Fact]
    public void A_case_is_left_where_it_starts_unless_a_state_is_asked_for()
    {
        Assert.Equal(FilingState.Draft, FilingCaseBuilder.For(SampleFilings.CompanyWebsite).Build().State);
        Assert.Equal(FilingState.PlatformRegistered, FilingCaseBuilder.For(SampleFilings.WeChatMiniProgram).Build().State);
        Assert.Equal(SampleCases.CompanyWebsiteStartedAt, FilingCaseBuilder.For(SampleFilings.CompanyWebsite).Build().StartedAt);
    }

    [Fact]
    public void An_approved_case_holds_the_made_up_numbers_of_its_province()
    {
        FilingCase approved = FilingCaseBuilder.For(SampleFilings.WeChatMiniProgram).WithState(FilingState.Approved).Build();
        Assert.Equal("粤ICP备2026012345号-1X", Assert.Single(approved.ServiceNumbers).ToString());
        Assert.Equal<IcpCompliance.Numbers.IcpFilingNumber>(FilingCaseBuilder.NumbersFor(SampleFilings.WeChatMiniProgram), approved.ServiceNumbers);

        FilingCase changing = FilingCaseBuilder.For(SampleFilings.CompanyWebsite).WithState(FilingState.ChangeInProgress).Build();
        Assert.Equal(FilingOperation.Change, changing.PendingChange!.Operation);
    }

    [Fact]
    public void The_sms_step_waits_for_every_default_recipient()
    {
        FilingCase waiting = FilingCaseBuilder.For(SampleFilings.CompanyWebsite).WithState(FilingState.AwaitingSmsVerification).Build();
        Assert.Equal<SmsRecipient>(SmsRecipient.DefaultsFor(SampleFilings.CompanyWebsite), waiting.Sms!.Awaiting);
        FilingCase expired = FilingCaseBuilder.For(SampleFilings.CompanyWebsite).WithState(FilingState.SmsWindowExpired).Build();
        Assert.True(expired.LastEventAt - waiting.LastEventAt > Duration.FromHours(24));
    }

    [Fact]
    public void Bad_arguments_are_refused_and_a_state_off_the_path_is_named()
    {
        FilingCaseBuilder builder = FilingCaseBuilder.For(SampleFilings.WeChatMiniProgram);
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.WithStep(Duration.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.WithStep(FilingCaseBuilder.MaximumStep + Duration.FromSeconds(1)));
        Assert.Throws<ArgumentException>(() => builder.WithState(FilingState.Canceled));
        InvalidOperationException offPath = Assert.Throws<InvalidOperationException>(() => builder.WithState(FilingState.Draft).Build());
        Assert.Contains("Draft", offPath.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_package_readme_snippet_runs()
    {
        FilingApplication shop = FilingApplicationBuilder.CompanyWebsite()
            .WithWebsite("示例科技商城", "shili-shop.cn")
            .Build();
        FilingCase waiting = FilingCaseBuilder.For(shop)
            .WithState(FilingState.AwaitingSmsVerification)
            .Build();
        Assert.Equal("待短信核验", waiting.State.ChineseName);
        Assert.Contains("FilingCaseBuilder.For(shop)", System.IO.File.ReadAllText(RepositoryFiles.PathOf("src", "IcpCompliance.Testing", "README.md")), StringComparison.Ordinal);
    }
}
