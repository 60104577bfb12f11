using System.Linq;
using IcpCompliance.Providers;
using NodaTime;
using static IcpCompliance.Tests.Providers.ProviderTestKit;

namespace IcpCompliance.Tests.Providers;

/// <summary>Reading WeChat's recorded status responses, and refusing what is not one.</summary>
public sealed class WeChatIcpResponseTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 3, 2, 1, 0);

    [Fact]
    public void Reads_status_sms_code_and_audit_data()
    {
        // getIcpEntranceInfo: "sms_verify_status … 仅当备案状态为 4（管局审核中）的时候才有效。1：等待核验中，2：核验完成，3：核验超时。"
        ProviderObservation waiting = Seen("entrance-4-sms-waiting", 1);
        Assert.Equal((4, 1), (waiting.Code, waiting.SmsVerifyStatus));

        ProviderObservation rejected = Seen("entrance-3-platform-rejected", 1);
        Assert.Equal(3, rejected.Code);
        Assert.Null(rejected.SmsVerifyStatus);
        Assert.Equal(["小程序名称", "主体负责人证件"], rejected.AuditReasons.Select(r => r.Field));
        AuditReason first = rejected.AuditReasons[0];
        Assert.Equal("名称与服务内容不符", first.Error);
        Assert.Equal("Rejected on \"小程序名称\": 名称与服务内容不符. Suggested fix: 请修改小程序名称，使其与实际服务内容一致", first.Message);
        Assert.Equal("“小程序名称”审核不通过：名称与服务内容不符。修改建议：请修改小程序名称，使其与实际服务内容一致", first.MessageChinese);
    }

    [Fact]
    public void Reads_the_combined_flows_procedure_status()
    {
        // queryAuthAndIcp: sms_verify_status sits in icp_audit; refill_reason is valid for procedure status 18.
        ProviderObservation sms = Seen("auth-24-sms-waiting", 1);
        Assert.Equal((24, 1), (sms.Code, sms.SmsVerifyStatus));
        Assert.Equal("对公账户信息与主体名称不一致", Seen("auth-18-verification-rejected", 1).ReasonText);
        Assert.Equal("主体资质不符合认证要求", Seen("auth-20-final-failure", 1).ReasonText);
    }

    [Theory]
    [InlineData(null, "$", "The response is empty.")]
    [InlineData("not json", "$", null)]
    [InlineData("[]", "$", "The response is not a JSON object.")]
    [InlineData("{\"errcode\":0}", "$", null)]
    [InlineData("{\"errcode\":0,\"info\":[]}", "$.info", "info is not an object.")]
    [InlineData("{\"errcode\":0,\"info\":{\"status\":\"4\"}}", "$.info.status", "status is missing or not an integer.")]
    [InlineData("{\"errcode\":0,\"info\":{\"status\":4,\"sms_verify_status\":\"1\"}}", "$.info.sms_verify_status", "sms_verify_status is not an integer.")]
    [InlineData("{\"errcode\":0,\"info\":{\"status\":3,\"audit_data\":{}}}", "$.info.audit_data", "audit_data is not an array.")]
    [InlineData("{\"errcode\":0,\"info\":{\"status\":3,\"audit_data\":[1]}}", "$.info.audit_data[0]", "An audit_data item is not an object.")]
    [InlineData("{\"errcode\":0,\"procedure_status\":24,\"icp_audit\":3}", "$.icp_audit", "icp_audit is not an object.")]
    public void Text_that_is_not_a_status_response_is_an_error_with_its_path(string? json, string path, string? message)
    {
        ProviderResponseError error = WeChatIcpResponse.Read(json, Now).AsT1;
        Assert.Equal(path, error.Path);
        if (message is not null)
        {
            Assert.Equal(message, error.Message);
        }

        Assert.NotEmpty(error.MessageChinese);
    }

    [Fact]
    public void A_platform_error_is_not_a_status()
    {
        string json = System.IO.File.ReadAllText(Tests.TestSupport.RepositoryFiles.PathOf("tests", "IcpCompliance.Tests", "Providers", "Samples", "error-40001.json"));
        ProviderResponseError error = WeChatIcpResponse.Read(json, Now).AsT1;
        Assert.Equal("$.errcode", error.Path);
        Assert.Contains("40001", error.Message, System.StringComparison.Ordinal);
    }
}
