using NodaTime;

namespace IcpCompliance.Calendar;

/// <summary>One date of a holiday notice: a day off or a make-up working day, and the holiday it belongs to.</summary>
/// <remarks>Immutable; safe to use from any thread.</remarks>
/// <param name="Date">The date.</param>
/// <param name="Kind">Day off or make-up working day.</param>
/// <param name="HolidayChinese">The holiday's name in Chinese (春节).</param>
/// <param name="HolidayEnglish">The holiday's name in English (Spring Festival).</param>
public readonly record struct HolidayDay(LocalDate Date, HolidayDayKind Kind, string HolidayChinese, string HolidayEnglish);
