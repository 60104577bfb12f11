using System;
using System.Collections.Immutable;
using System.Linq;

namespace IcpCompliance.Rules;

/// <summary>
/// The provinces of the built-in table that share a requirement, written into the rules' explanations, so a text
/// that names provinces is generated from the data and cannot drift from it (a province added to the data appears in
/// the rule's explanation and in docs/rules.md).
/// </summary>
internal static class ProvinceLists
{
    private static readonly ImmutableArray<BureauRequirements> BuiltIn = [.. ProvinceRequirementsData.Create()];

    /// <summary>The English names, in code order: "Hebei, Inner Mongolia and Hunan".</summary>
    internal static string English(Func<BureauRequirements, bool> where)
    {
        string[] names = [.. BuiltIn.Where(where).Select(b => b.Province.EnglishName)];
        return names.Length <= 1 ? string.Concat(names) : string.Join(", ", names[..^1]) + " and " + names[^1];
    }

    /// <summary>The short Chinese names, in code order: "河北、内蒙古、湖南".</summary>
    internal static string Chinese(Func<BureauRequirements, bool> where)
        => string.Join("、", BuiltIn.Where(where).Select(b => b.Province.ShortChineseName));
}
