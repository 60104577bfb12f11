using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using IcpCompliance.Identity;
using IcpCompliance.Numbers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;

namespace IcpCompliance.AspNetCore.Tests.Binding;

/// <summary>
/// Every parsed type binds as a minimal API's route or query parameter through its <see cref="IParsable{TSelf}"/>
/// implementation, which is explicit (issue 22 item 1): ASP.NET Core finds it, reads the canonical form, and answers
/// 400 for text that is not one, before the handler runs. Served in-process by the test server, no socket.
/// </summary>
public sealed class MinimalApiBindingTests
{
    [Theory]
    [InlineData(nameof(IcpFilingNumber), "京ICP备12345678号-1", "京ICP备12345678号-")]
    [InlineData(nameof(IcpLicenseNumber), "京ICP证030173号", "京ICP证03017号")]
    [InlineData(nameof(PsbFilingNumber), "京公网安备11010502000001号", "京公网安备1101050200000号")]
    [InlineData(nameof(FilingNumber), "京公网安备11010502000001号", "京ICQ备12345678号")]
    [InlineData(nameof(ResidentIdNumber), "11010519491231002X", "110105194912310021")]
    [InlineData(nameof(UnifiedSocialCreditCode), "91350100M000100Y43", "91350100m000100y43")]
    [InlineData(nameof(MobileNumber), "13812345678", "1381234567")]
    [InlineData(nameof(TravelPermitNumber), "H12345678", "H1234567")]
    [InlineData(nameof(PassportNumber), "CHN E12345678", "chn E12345678")]
    [InlineData(nameof(DomainName), "www.example.com.cn", "-a.cn")]
    public async Task A_parsed_type_binds_from_the_route_and_the_query_and_bad_text_gives_400(string type, string good, string bad)
    {
        await using WebApplication app = await StartAsync();
        using HttpClient client = app.GetTestClient();

        foreach (string path in (string[])[$"/route/{type}/{Uri.EscapeDataString(good)}", $"/query/{type}?value={Uri.EscapeDataString(good)}"])
        {
            using HttpResponseMessage response = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(type + ": " + good, await response.Content.ReadAsStringAsync());
        }

        foreach (string path in (string[])[$"/route/{type}/{Uri.EscapeDataString(bad)}", $"/query/{type}?value={Uri.EscapeDataString(bad)}", $"/query/{type}"])
        {
            using HttpResponseMessage response = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.DoesNotContain(type + ": ", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_optional_parameter_is_null_when_absent_and_still_400_when_bad()
    {
        await using WebApplication app = await StartAsync();
        using HttpClient client = app.GetTestClient();

        Assert.Equal("none", await client.GetStringAsync(new Uri("/optional", UriKind.Relative)));
        Assert.Equal("13812345678", await client.GetStringAsync(new Uri("/optional?mobile=13812345678", UriKind.Relative)));
        using HttpResponseMessage bad = await client.GetAsync(new Uri("/optional?mobile=1381234567", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    private static async Task<WebApplication> StartAsync()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        WebApplication app = builder.Build();
        Map<IcpFilingNumber>(app);
        Map<IcpLicenseNumber>(app);
        Map<PsbFilingNumber>(app);
        Map<FilingNumber>(app);
        Map<ResidentIdNumber>(app);
        Map<UnifiedSocialCreditCode>(app);
        Map<MobileNumber>(app);
        Map<TravelPermitNumber>(app);
        Map<PassportNumber>(app);
        Map<DomainName>(app);
        app.MapGet("/optional", (MobileNumber? mobile) => mobile?.ToString() ?? "none");
        await app.StartAsync();
        return app;
    }

    // The handler's parameter is the type itself: the binder looks for its TryParse, here only the explicit
    // IParsable<T>.TryParse (the type's public TryParse overloads take spans, not strings).
    private static void Map<T>(WebApplication app)
        where T : IParsable<T>
    {
        string name = typeof(T).Name;
        app.MapGet("/route/" + name + "/{value}", (T value) => name + ": " + value);
        app.MapGet("/query/" + name, (T value) => name + ": " + value);
    }
}
