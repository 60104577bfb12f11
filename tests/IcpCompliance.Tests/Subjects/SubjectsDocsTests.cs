using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using IcpCompliance.Filing;
using IcpCompliance.Numbers;
using IcpCompliance.Subjects;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Subjects;

/// <summary>docs/subjects.md: its snippet's code is the code of <see cref="The_snippet_runs"/>, which runs it and
/// checks each value the snippet states in a comment (its usings are compiled by DocSnippetsCompileTests).</summary>
public sealed class SubjectsDocsTests
{
    [Fact]
    public void The_snippet_runs()
    {
        // docs/subjects.md, first snippet without its usings and comments (kept identical by Every_snippet_is_run_here).
        var records = new[]
        {
            new NumberRecord("a.example.cn", [FilingNumber.Parse("京ICP备2021012345号-1").Value, FilingNumber.Parse("京公网安备11010802012345号").Value]),
            new NumberRecord("b.example.cn", [FilingNumber.Parse("京ICP备2021012345号-2A").Value]),
            new NumberRecord("c.example.cn", [FilingNumber.Parse("京ICP备2021012345号-5").Value]),
        };
        EstateReport report = SubjectGrouping.Group(records);
        SubjectEstate estate = report.Estates.Single();
        Assert.Equal("京ICP备2021012345号", estate.Subject.ToString());
        Assert.Equal(ServiceKind.App, estate.Services[1].Kind);
        Assert.Equal("3–4", estate.Gaps.Single().ToString());
        Assert.Equal("京公网安备11010802012345号", estate.Services[0].PsbNumbers.Single().ToString());
    }

    [Fact]
    public void Every_snippet_is_run_here()
    {
        DocSnippetRuns.AssertEverySnippetIsRunBy("subjects.md", "tests", "IcpCompliance.Tests", "Subjects", "SubjectsDocsTests.cs");
    }
}
