using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using IcpCompliance.Tests.TestSupport;
using Xunit;

namespace IcpCompliance.Tests.Packaging;

public sealed class TrimSafetyTests
{
    // Ardalis.SmartEnum finds a SmartEnum's members by reflection (Assembly.GetTypes, Type.GetFields) the first time
    // List, FromName, FromValue or their Try forms run; trimmed or AOT-compiled, that finds nothing or fails. The
    // library's SmartEnums carry explicit All arrays and lookups of their own, and nothing may call the base ones.
    private static readonly Regex ReflectionLookup = new(
        @"\.(List|FromName|FromValue|TryFromName|TryFromValue)\b(?!\s*=)",
        RegexOptions.CultureInvariant,
        System.TimeSpan.FromSeconds(1));

    [Fact]
    public void The_library_never_calls_smart_enum_reflection_lookups()
    {
        var offenders =
            from file in Directory.EnumerateFiles(RepositoryFiles.PathOf("src", "IcpCompliance"), "*.cs", SearchOption.AllDirectories)
            where !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", System.StringComparison.Ordinal)
            from line in File.ReadLines(file).Select((text, index) => (text, index))
            where !line.text.TrimStart().StartsWith("//", System.StringComparison.Ordinal) && ReflectionLookup.IsMatch(line.text)
            select $"{Path.GetFileName(file)}:{line.index + 1}: {line.text.Trim()}";

        Assert.Empty(offenders);
    }
}
