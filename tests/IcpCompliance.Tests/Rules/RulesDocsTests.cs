using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using IcpCompliance.Rules;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Rules;

/// <summary>docs/rules.md and docs/provinces.md are generated from the code's data and stay true.</summary>
public sealed class RulesDocsTests
{
    [Fact]
    public void Docs_list_every_rule_with_its_severity_titles_and_source()
        => GeneratedDocs.AssertSection("rules.md", "RuleSet.Default", RenderRules(RuleSet.Default), "Docs_list_every_rule");

    [Fact]
    public void Docs_list_every_province_requirement_with_its_source()
        => GeneratedDocs.AssertSection("provinces.md", "ProvinceRequirements.Default", RenderProvinces(ProvinceRequirements.Default), "Docs_list_every_province");

    [Fact]
    public void Docs_show_what_every_rule_reports_on_its_example()
        => GeneratedDocs.AssertSection("rules.md", "RuleCases", RenderFindings(), "Docs_show_what_every_rule_reports");

    [Fact]
    public void Rendering_marks_unverified_facts_and_lists_every_rule()
    {
        string provinces = RenderProvinces(ProvinceRequirements.Default);
        Assert.Contains("| 北京 Beijing | required [1] |", provinces, StringComparison.Ordinal);
        Assert.Contains("| 吉林 Jilin | required † [", provinces, StringComparison.Ordinal);
        Assert.All(ProvinceRequirements.Default.All, r => Assert.Equal(2, provinces.Split('\n').Count(l => l.StartsWith("| " + r.Province.ShortChineseName + " " + r.Province.EnglishName + " |", StringComparison.Ordinal))));
        string rules = RenderRules(RuleSet.Default);
        Assert.All(RuleSet.Default.Rules, r => Assert.Contains("| `" + r.Id + "` |", rules, StringComparison.Ordinal));
    }

    private static string RenderRules(RuleSet set)
    {
        var md = new StringBuilder();
        foreach (IGrouping<RuleTopic, Rule> topic in set.Rules.GroupBy(r => r.Topic))
        {
            md.Append("\n### ").Append(Words(topic.Key.ToString())).Append("\n\n");
            md.Append("| id | severity | title | 标题 | applies to | source |\n|---|---|---|---|---|---|\n");
            foreach (Rule r in topic)
            {
                string kinds = r.ServiceKinds.IsEmpty ? "all services" : string.Join(", ", r.ServiceKinds);
                string operations = r.Operations.IsEmpty ? "every operation" : string.Join(", ", r.Operations.Select(o => o.Name));
                md.Append(CultureInfo.InvariantCulture, $"| `{r.Id}` | {r.DefaultSeverity} | {Cell(r.Title)} | {Cell(r.TitleChinese)} | {kinds}; {operations} | {Cell(r.Source)} |\n");
            }

            md.Append('\n');
            foreach (Rule r in topic)
            {
                md.Append(CultureInfo.InvariantCulture, $"- **{r.Id}** {r.Explanation} {r.ExplanationChinese}\n");
            }
        }

        md.Append('\n');
        return md.ToString();
    }

    private static string RenderFindings()
    {
        var md = new StringBuilder("\n");
        foreach (string id in RuleCases.Ids)
        {
            md.Append(CultureInfo.InvariantCulture, $"- **{id}**\n");
            AppendFindings(md, id, RuleCases.All[id].Fires(), "  ");
            foreach (RuleVariants.Variant variant in RuleVariants.All.Where(v => v.Id == id))
            {
                md.Append(CultureInfo.InvariantCulture, $"  - *Also: {variant.When}*\n");
                AppendFindings(md, id, variant.Fires(), "    ");
            }
        }

        md.Append('\n');
        return md.ToString();
    }

    private static void AppendFindings(StringBuilder md, string id, RuleContext context, string indent)
    {
        IEnumerable<Finding> findings = RuleSet.Default.Evaluate(context).Findings
            .Where(f => f.RuleId == id)
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ThenBy(f => f.Message, StringComparer.Ordinal);
        foreach (Finding f in findings)
        {
            md.Append(CultureInfo.InvariantCulture, $"{indent}- `{f.Path}` ({f.Severity}): {f.Message} Fix: {f.FixHint}\n");
            md.Append(CultureInfo.InvariantCulture, $"{indent}  {f.MessageChinese} 修改：{f.FixHintChinese}\n");
        }
    }

    private static string RenderProvinces(ProvinceRequirements table)
    {
        var sources = new List<string>();
        string Fact<T>(ProvinceFact<T>? fact, Func<T, string> text)
        {
            if (fact is null)
            {
                return "–";
            }

            int index = sources.IndexOf(fact.Source);
            if (index < 0)
            {
                sources.Add(fact.Source);
                index = sources.Count - 1;
            }

            return text(fact.Value) + (fact.Confirmed ? string.Empty : " †") + " [" + (index + 1).ToString(CultureInfo.InvariantCulture) + "]";
        }

        static string Flag(bool value) => value ? "required" : "no";
        static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

        var md = new StringBuilder();
        md.Append("\n### Domains, documents and people\n\n");
        md.Append("| province | Mainland registrar | commitment letter | out-of-province individuals | foreign individuals refused | minimum age | local mobile | mailing address | domain validity (months) |\n|---|---|---|---|---|---|---|---|---|\n");
        foreach (BureauRequirements r in table.All)
        {
            md.Append(CultureInfo.InvariantCulture, $"| {r.Province.ShortChineseName} {r.Province.EnglishName} | {Fact(r.MainlandRegistrarRequired, Flag)} | {Fact(r.CommitmentLetterRequired, Flag)} | {Fact(r.OutOfProvinceIndividuals, v => v.ToString())} | {Fact(r.ForeignIndividualsRefused, v => v ? "yes" : "no")} | {Fact(r.MinimumAge, Number)} | {Fact(r.LocalMobileRequired, Flag)} | {Fact(r.AddressScope, v => v.ToString())} | {Fact(r.MinimumDomainValidityMonths, v => "> " + Number(v))} |\n");
        }

        md.Append("\n### Orders, principals and subjects\n\n");
        md.Append("| province | domains per order | domains, individual's first filing | services per order | one domain per website | principal ≠ legal rep. needs letter | subject principal = service principal | non-Mainland legal rep. authorizes | establishment approval | empty subject may add services |\n|---|---|---|---|---|---|---|---|---|---|\n");
        foreach (BureauRequirements r in table.All)
        {
            md.Append(CultureInfo.InvariantCulture, $"| {r.Province.ShortChineseName} {r.Province.EnglishName} | {Fact(r.MaxDomainsPerOrder, Number)} | {Fact(r.MaxDomainsForIndividualFirstFiling, Number)} | {Fact(r.MaxServicesPerOrder, Number)} | {Fact(r.OneDomainPerWebsite, Flag)} | {Fact(r.PrincipalNotLegalRepresentativeNeedsAuthorization, Flag)} | {Fact(r.SubjectPrincipalMustBeServicePrincipal, Flag)} | {Fact(r.NonMainlandLegalRepresentativeMustAuthorize, Flag)} | {Fact(r.PublicBodiesNeedEstablishmentApproval, Flag)} | {Fact(r.EmptySubjectMayAddServices, v => v ? "yes" : "no")} |\n");
        }

        md.Append("\n### Notes (reported as information by ICP0699)\n\n");
        foreach (BureauRequirements r in table.All)
        {
            foreach (ProvinceNote note in r.Notes)
            {
                int index = sources.IndexOf(note.Source);
                if (index < 0)
                {
                    sources.Add(note.Source);
                    index = sources.Count - 1;
                }

                md.Append(CultureInfo.InvariantCulture, $"- {r.Province.ShortChineseName} {r.Province.EnglishName}: {note.Text} {note.TextChinese}{(note.Confirmed ? string.Empty : " †")} [{index + 1}]\n");
            }
        }

        md.Append("\n### Sources\n\n");
        for (int i = 0; i < sources.Count; i++)
        {
            md.Append(CultureInfo.InvariantCulture, $"{i + 1}. {sources[i]}\n");
        }

        md.Append('\n');
        return md.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    private static string Words(string pascal)
    {
        var text = new StringBuilder();
        foreach (char c in pascal)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append(' ');
                text.Append(char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }
}
