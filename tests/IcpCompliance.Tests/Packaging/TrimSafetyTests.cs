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
        @"\.(List|FromName|FromValue|TryFromName|TryFromValue)\b(?!\s*[=<])",
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

    [Fact]
    public void Every_smart_enum_has_an_All_array_holding_exactly_its_members()
    {
        var smartEnums = typeof(IcpCompliance.Regions.Province).Assembly.GetExportedTypes()
            .Where(type => IsSmartEnum(type.BaseType))
            .ToList();
        Assert.NotEmpty(smartEnums);

        foreach (var type in smartEnums)
        {
            var all = type.GetProperty("All", System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static);
            Assert.True(all is not null, type.Name + " has no static All property");
            var listed = ((System.Collections.IEnumerable)type.GetProperty("List", System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.FlattenHierarchy)!.GetValue(null)!).Cast<object>();
            var explicitMembers = ((System.Collections.IEnumerable)all!.GetValue(null)!).Cast<object>().ToList();
            Assert.Equal(listed.OrderBy(m => m.ToString(), System.StringComparer.Ordinal), explicitMembers.OrderBy(m => m.ToString(), System.StringComparer.Ordinal));
            Assert.Equal(explicitMembers.Count, explicitMembers.Distinct().Count());
        }
    }

    private static bool IsSmartEnum(System.Type? type)
    {
        for (; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition().FullName == "Ardalis.SmartEnum.SmartEnum`2")
            {
                return true;
            }
        }

        return false;
    }
}
