using System;
using System.Collections.Generic;
using IcpCompliance.Calendar;
using IcpCompliance.Filing;
using IcpCompliance.Footer;
using IcpCompliance.Identity;
using IcpCompliance.Numbers;
using IcpCompliance.Parsing;
using IcpCompliance.Regions;
using IcpCompliance.Rules;
using IcpCompliance.Deadlines;
using IcpCompliance.Serialization;
using IcpCompliance.Testing;
using IcpCompliance.Workflow;
using NodaTime;

// Exercises the package after trimming and Native AOT compilation: SmartEnum members, OneOf unions and the parsers.
// Every check prints its outcome; any failure exits non-zero so CI fails.
var failures = new List<string>();

void Check(string name, bool ok)
{
    Console.WriteLine((ok ? "ok   " : "FAIL ") + name);
    if (!ok)
    {
        failures.Add(name);
    }
}

Check("31 provinces", Province.All.Length == 31);
Check("province by alias", Province.TryFromCharacter('川', out Province? sichuan) && sichuan == Province.Sichuan);
Check("province by name", Province.TryFromAnyName("Nèiměnggǔ", out Province? im) && im.Code == 15);
Check("icp filing number", IcpFilingNumber.Parse("京ＩＣＰ备 12345678-1号", ParseMode.Lenient).Match(n => n.ToString() == "京ICP备12345678号-1", _ => false));
Check("license number", IcpLicenseNumber.Parse("粤B2-20090059").Match(n => n.Form == IcpLicenseForm.B2, _ => false));
Check("psb number", PsbFilingNumber.Parse("川公网安备51019002006069号").Match(n => n.DivisionCode == 510190, _ => false));
Check("any number", FilingNumber.Parse("京ICP证030173号-1").Match(n => n.Kind == FilingNumberKind.IcpFiling, _ => false));
Check("parse error", IcpFilingNumber.Parse("萌ICP备20230001号").Match(_ => false, e => e.Code == ParseErrorCode.UnknownProvince && e.MessageChinese.Length > 0));
Check("resident id number", ResidentIdNumber.Parse("110105 19491231 002x", ParseMode.Lenient).Match(n => n.BirthDate.Year == 1949 && n.Sex == Sex.Female && n.Province == Province.Beijing, _ => false));
Check("credit code", UnifiedSocialCreditCode.Parse("91350100M000100Y43").Match(c => c.OrganizationCode == "M000100Y4", _ => false)
    && UnifiedSocialCreditCode.Parse("91350100M0001TGQXM", ParseMode.Strict, UnifiedSocialCreditCodeOptions.KnownPilotCodesAccepted).Success);
Check("domain name", DomainName.Parse("例子。中国", ParseMode.Lenient).Match(d => d.Name == "xn--fsqu00a.xn--fiqs8s" && d.UnicodeName == "例子.中国" && d.IsFileable, _ => false));
Check("identity document", ((IdentityDocument)TravelPermitNumber.Parse("H12345678").Value).Kind == IdentityDocumentKind.TravelPermit);
Check("division table (embedded resource)", AdministrativeDivisions.Default.TryFind(120110, 1992, out AdministrativeDivision dongli) && dongli.Name == "东丽区"
    && AdministrativeDivisions.Default.FullName(dongli) == "天津市 东丽区");
Check("working-day calendar (embedded resource)", ChinaWorkingCalendar.Default.AddWorkingDays(new LocalDate(2024, 9, 30), 1) == new LocalDate(2024, 10, 8)
    && ChinaWorkingCalendar.Default.Coverage.Covers(2026));
IcpFilingNumber site = IcpFilingNumber.Parse("京ICP备12345678号-1").Value;
FooterRendering rendering = FooterRenderer.Render(new FooterContent(site));
Check("footer render", rendering.Match(r => r.Text.Contains("https://beian.miit.gov.cn/", StringComparison.Ordinal), _ => false, _ => false));
Check("footer inspect", rendering.Match(r => FooterInspector.Inspect(r.Text).IsCompliant, _ => false, _ => false));
Check("smart enums list their members", EntityType.All.Length == 9 && FilingOperation.All.Length == 7);
string applicationJson = IcpJson.Serialize(SampleFilings.CompanyWebsite);
Check("application json round trip (source-generated)", IcpJson.DeserializeApplication(applicationJson) == SampleFilings.CompanyWebsite
    && applicationJson.Contains("\"province\": \"Beijing\"", StringComparison.Ordinal) && applicationJson.Contains("北京示例科技有限公司", StringComparison.Ordinal));
try
{
    IcpJson.DeserializeApplication(applicationJson.Replace("91110108MA01ABCD5T", "91110108MA01ABCD5X", StringComparison.Ordinal));
    Check("application json refuses a bad credit code", false);
}
catch (IcpJsonException e)
{
    Check("application json refuses a bad credit code", e.Error?.Code == ParseErrorCode.BadCheckCharacter && e.Path == "$.subject.certificate");
}
Check("workflow", SampleCases.CompanyWebsiteLive.State == FilingState.Live && FilingState.All.Length == 22
    && FilingEventKind.All.Length == 26 && FilingWorkflow.Default.Replay(SampleCases.CompanyWebsiteLive.History).Match(c => c == SampleCases.CompanyWebsiteLive, _ => false)
    && WorkflowDiagram.ToMermaid().StartsWith("stateDiagram-v2", StringComparison.Ordinal));
string caseJson = IcpJson.Serialize(SampleCases.CompanyWebsiteLive);
Check("case json round trip (replayed through the workflow)", IcpJson.DeserializeCase(caseJson) == SampleCases.CompanyWebsiteLive
    && caseJson.Contains("\"event\": \"ServiceWentLive\"", StringComparison.Ordinal));
// Options of a user's own: IcpJson.Configure, or IcpJson.TypeInfoResolver alone (it brings the converters). The
// JsonTypeInfo overloads, as trimmed code must call them.
var configured = IcpJson.Configure(new System.Text.Json.JsonSerializerOptions());
var resolverOnly = new System.Text.Json.JsonSerializerOptions { TypeInfoResolver = IcpJson.TypeInfoResolver };
var caseInfo = (System.Text.Json.Serialization.Metadata.JsonTypeInfo<FilingCase>)resolverOnly.GetTypeInfo(typeof(FilingCase));
Check("user options: SmartEnums by name, a case as a stored case",
    System.Text.Json.JsonSerializer.Serialize(Province.Beijing, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<Province>)configured.GetTypeInfo(typeof(Province))) == "\"Beijing\""
    && System.Text.Json.JsonSerializer.Deserialize("\"Live\"", (System.Text.Json.Serialization.Metadata.JsonTypeInfo<FilingState>)resolverOnly.GetTypeInfo(typeof(FilingState))) == FilingState.Live
    && System.Text.Json.JsonSerializer.Deserialize(System.Text.Json.JsonSerializer.Serialize(SampleCases.CompanyWebsiteLive, caseInfo), caseInfo) == SampleCases.CompanyWebsiteLive);
RuleReport report = RuleSet.Default.Evaluate(SampleFilings.CompanyWebsite, new LocalDate(2026, 3, 24));
Check("rules (59 checks, province data)", report.IsReadyToSubmit && report.InfoCount == 2
    && !RuleSet.Default.Evaluate(SampleFilings.CompanyWebsite with { Documents = [] }, new LocalDate(2026, 3, 24)).IsReadyToSubmit);
Check("rule report json", IcpJson.DeserializeRuleReport(IcpJson.Serialize(report)) == report);
Check("deadlines of a case", DeadlineCalculator.Default.For(SampleCases.CompanyWebsiteLive) is [{ DueOn: var due }] && due == new LocalDate(2026, 4, 22));

Console.WriteLine(failures.Count == 0 ? "AOT smoke: all checks passed" : $"AOT smoke: {failures.Count} failed");
return failures.Count == 0 ? 0 : 1;
