using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using IcpCompliance.Numbers;
using IcpCompliance.Parsing;

namespace IcpCompliance.AspNetCore.Tests.Sample;

/// <summary>The sample site as its own process: it serves on loopback, and a bad number in its settings stops it
/// before it serves anything, with the parser's message in English and Chinese.</summary>
public sealed class SampleProcessTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    [Fact]
    public void The_samples_settings_listen_on_loopback_only()
    {
        using JsonDocument settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "appsettings.json")));
        string[] urls = settings.RootElement.GetProperty("Urls").GetString()!.Split(';');
        Assert.NotEmpty(urls);
        Assert.All(urls, url => Assert.True(IPAddress.IsLoopback(IPAddress.Parse(new Uri(url).Host)), url + " is not a loopback address."));
    }

    [Fact]
    public async Task The_sample_serves_its_footer_on_loopback()
    {
        // A free port instead of the settings' 5080, which another run on the machine may hold.
        using SampleProcess sample = SampleProcess.Start(new Dictionary<string, string>(), "--urls", "http://127.0.0.1:0");
        Uri address = await sample.ListeningAsync(Limit);
        Assert.True(IPAddress.IsLoopback(IPAddress.Parse(address.Host)), address.ToString());

        using var client = new HttpClient { BaseAddress = address };
        string page = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        Assert.Contains(">京ICP备12345678号-1</a>", page, StringComparison.Ordinal);
        Assert.Contains("京公网安备11010802012345号</a>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_number_in_the_settings_stops_the_sample_before_it_serves()
    {
        ParseError error = IcpFilingNumber.Parse("京ICP备1234号-1", ParseMode.Strict).Error;
        using SampleProcess sample = SampleProcess.Start(
            new Dictionary<string, string> { ["IcpCompliance__IcpFilingNumber"] = "京ICP备1234号-1" },
            "--urls", "http://127.0.0.1:0");

        int exitCode = await sample.ExitCodeAsync(Limit);

        Assert.NotEqual(0, exitCode);
        string output = sample.Output;
        Assert.Contains("OptionsValidationException", output, StringComparison.Ordinal);
        Assert.Contains("IcpCompliance:IcpFilingNumber \"京ICP备1234号-1\" is not an ICP filing number in canonical form (TooFewDigits at position 5)", output, StringComparison.Ordinal);
        Assert.Contains(error.Message, output, StringComparison.Ordinal);
        Assert.Contains(error.MessageChinese, output, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening on", output, StringComparison.Ordinal);
    }
}
