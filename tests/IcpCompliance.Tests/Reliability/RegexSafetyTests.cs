using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using IcpCompliance.Numbers;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Reliability;

/// <summary>
/// No regular expression anywhere in src/ may backtrack without bound: each one has a match timeout or uses
/// <see cref="RegexOptions.NonBacktracking"/>. Checked on the source text (every construction and static call, in
/// every project under src/) and on the package's static Regex fields and properties by reflection.
/// </summary>
public sealed partial class RegexSafetyTests
{
    [GeneratedRegex(@"new\s+(System\.Text\.RegularExpressions\.)?Regex\s*\(|\bRegex\s*\.\s*(IsMatch|Match|Matches|Replace|Split|Count|EnumerateMatches|EnumerateSplits)\s*\(|GeneratedRegex(Attribute)?\s*\(|new\s*\(\s*@?""[^""]*""\s*,\s*RegexOptions", RegexOptions.NonBacktracking)]
    private static partial Regex RegexUse();

    /// <summary>The uses of Regex in a C# text that neither set a timeout nor use the non-backtracking engine.</summary>
    internal static IEnumerable<string> UnsafeUses(string source)
    {
        foreach (Match use in RegexUse().Matches(source))
        {
            // The call or attribute runs to the end of its statement (;) or attribute (]) or declaration ({ or =>).
            int end = source.IndexOfAny([';', ']', '{'], use.Index + use.Length);
            string statement = source[use.Index..(end < 0 ? source.Length : end)];
            if (!statement.Contains("NonBacktracking", StringComparison.Ordinal)
                && !statement.Contains("TimeSpan", StringComparison.Ordinal)
                && !statement.Contains("matchTimeout", StringComparison.Ordinal)
                && !statement.Contains("Timeout", StringComparison.Ordinal))
            {
                yield return statement.ReplaceLineEndings(" ");
            }
        }
    }

    [Fact]
    public void No_regex_in_src_lacks_a_timeout_or_the_non_backtracking_engine()
    {
        string src = RepositoryFiles.PathOf("src");
        var files = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        Assert.True(files.Count > 50, $"only {files.Count} source files found under {src}");
        var problems = files.SelectMany(f => UnsafeUses(File.ReadAllText(f)).Select(u => $"{Path.GetRelativePath(src, f)}: {u}")).ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Every_static_regex_of_the_package_has_a_timeout_or_does_not_backtrack()
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var problems = new List<string>();
        foreach (Type type in typeof(IcpFilingNumber).Assembly.GetTypes().Where(t => !t.ContainsGenericParameters))
        {
            IEnumerable<(string Name, Func<object?> Get)> members =
                type.GetFields(all).Where(f => typeof(Regex).IsAssignableFrom(f.FieldType)).Select(f => (f.Name, (Func<object?>)(() => f.GetValue(null))))
                .Concat(type.GetProperties(all).Where(p => typeof(Regex).IsAssignableFrom(p.PropertyType) && p.GetIndexParameters().Length == 0).Select(p => (p.Name, (Func<object?>)(() => p.GetValue(null)))))
                .Concat(type.GetMethods(all).Where(m => typeof(Regex).IsAssignableFrom(m.ReturnType) && m.GetParameters().Length == 0 && !m.IsSpecialName && !m.ContainsGenericParameters).Select(m => (m.Name, (Func<object?>)(() => m.Invoke(null, null)))));
            foreach ((string name, Func<object?> get) in members)
            {
                if (get() is Regex regex && !IsSafe(regex))
                {
                    problems.Add($"{type.FullName}.{name}: /{regex}/");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private static bool IsSafe(Regex regex)
        => regex.Options.HasFlag(RegexOptions.NonBacktracking) || regex.MatchTimeout != Regex.InfiniteMatchTimeout;

    [Theory]
    [InlineData("var r = new Regex(\"a+b\");")]
    [InlineData("var r = new System.Text.RegularExpressions.Regex(@\"(a+)+\", RegexOptions.IgnoreCase);")]
    [InlineData("bool b = Regex.IsMatch(text, \"x\");")]
    [InlineData("string s = Regex.Replace(text, \"x\", \"y\");")]
    [InlineData("[GeneratedRegex(\"(a|aa)+\")] private static partial Regex Bad();")]
    [InlineData("private static readonly Regex R = new(\"a+\", RegexOptions.Compiled);")]
    public void The_source_scan_finds_an_unbounded_regex(string source) => Assert.Single(UnsafeUses(source));

    [Theory]
    [InlineData("var r = new Regex(\"a+b\", RegexOptions.None, TimeSpan.FromSeconds(1));")]
    [InlineData("var r = new Regex(\"a+b\", RegexOptions.NonBacktracking);")]
    [InlineData("bool b = Regex.IsMatch(text, \"x\", RegexOptions.None, TimeSpan.FromMilliseconds(100));")]
    [InlineData("[GeneratedRegex(\"(a|aa)+\", RegexOptions.None, matchTimeoutMilliseconds: 100)] private static partial Regex Good();")]
    [InlineData("// Regexes are not used here.")]
    public void The_source_scan_accepts_a_bounded_regex(string source) => Assert.Empty(UnsafeUses(source));

    [Fact]
    public void The_reflection_check_tells_a_bounded_regex_from_an_unbounded_one()
    {
        Assert.False(IsSafe(new Regex("a+")));
        Assert.True(IsSafe(new Regex("a+", RegexOptions.NonBacktracking)));
        Assert.True(IsSafe(new Regex("a+", RegexOptions.None, TimeSpan.FromSeconds(1))));
    }
}
