using System;
using System.Globalization;

namespace IcpCompliance.Regions;

/// <summary>
/// One entry of the GB/T 2260 table (行政区划代码): a six-digit code, the name it had, its province and the years it
/// was in force. A code can have several entries over time when it was renamed or reused (<c>120110</c> was 东郊区
/// until 1991 and 东丽区 from 1992).
/// </summary>
/// <remarks>
/// <para>The source lists 14 codes of 1983 whose last year (1982) precedes their first: published and withdrawn in
/// the same revision. They are kept, so the table matches its source row for row, and are in force in no year.</para>
/// <para>Immutable; safe to use from any thread.</para>
/// </remarks>
/// <param name="Code">The six-digit code, such as 110108.</param>
/// <param name="Name">The name in force for this entry, such as 海淀区.</param>
/// <param name="Province">The province-level region the code belongs to (its first two digits), or null for the
/// codes of Taiwan (71), Hong Kong (81) and Macao (82), which the table lists but which are not among the 31 regions
/// that issue filing numbers.</param>
/// <param name="FirstYear">The first year in force, or null when it was in force before the table's records begin
/// (1980) or the year is unknown.</param>
/// <param name="LastYear">The last year in force (inclusive), or null when it is still in force.</param>
public readonly record struct AdministrativeDivision(int Code, string Name, Province? Province, int? FirstYear, int? LastYear)
{
    /// <summary>The level, read from the code: province (<c>xx0000</c>), prefecture (<c>xxxx00</c>) or county.</summary>
    public DivisionLevel Level => Code % 10_000 == 0 ? DivisionLevel.Province : Code % 100 == 0 ? DivisionLevel.Prefecture : DivisionLevel.County;

    /// <summary>The code of the level above (<c>110100</c> for <c>110108</c>, <c>110000</c> for <c>110100</c>), or
    /// null for a province.</summary>
    public int? ParentCode => Level switch
    {
        DivisionLevel.County => Code / 100 * 100,
        DivisionLevel.Prefecture => Code / 10_000 * 10_000,
        _ => null,
    };

    /// <summary>Whether the entry was in force at some time during <paramref name="year"/>.</summary>
    /// <param name="year">The year.</param>
    /// <returns>Whether the code had this name in that year.</returns>
    public bool IsInForceIn(int year) => (FirstYear is null || FirstYear <= year) && (LastYear is null || year <= LastYear);

    /// <summary>Whether the entry was in force at some time during <paramref name="year"/> or later.</summary>
    /// <param name="year">The year.</param>
    /// <returns>Whether the entry's period reaches <paramref name="year"/>.</returns>
    public bool IsInForceInOrAfter(int year) => LastYear is null || year <= LastYear;

    /// <summary>The code, name and years, such as <c>110103 崇文区 (–2010)</c>.</summary>
    /// <returns>A display string.</returns>
    public override string ToString()
    {
        string code = Code.ToString("D6", CultureInfo.InvariantCulture);
        if (FirstYear is null && LastYear is null)
        {
            return code + " " + Name;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{code} {Name} ({FirstYear}–{LastYear})");
    }
}
