using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using IcpCompliance.Internal;
using IcpCompliance.Numbers;

namespace IcpCompliance.Subjects;

/// <summary>
/// Groups any set of ICP filing, license and PSB numbers by subject (主体): what users of filing lookups ask as "everything
/// of this subject" — its websites, Apps, Mini Programs and quick apps, the places of its sequence no number holds,
/// and the PSB numbers shown with them.
/// </summary>
/// <remarks>
/// <para>A number's subject comes from the number alone (<see cref="SubjectNumber.Of(IcpFilingNumber)"/>). A PSB number
/// has no subject of its own: it is attached to the service it is shown with when its record shows exactly one
/// service, otherwise to the record's one subject, and is listed as unattached when the record shows none or several.
/// Numbers of one record in different spellings of a province (甘/陇) count as one.</para>
/// <para>Runs in time linear in the number of numbers (and in the highest index, for the gaps). Stateless; safe to use
/// from any thread.</para>
/// </remarks>
public static class SubjectGrouping
{
    /// <summary>Groups numbers that no source links: each number is its own record, so no PSB number can be attached.</summary>
    /// <param name="numbers">The numbers.</param>
    /// <returns>The estates.</returns>
    /// <exception cref="System.ArgumentNullException">The argument or a number is null.</exception>
    public static EstateReport Group(IEnumerable<FilingNumber> numbers)
    {
        Preconditions.CheckNotNull(numbers);
        return Group(numbers.Select((n, i) => new NumberRecord(
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"#{i + 1}"), [Preconditions.CheckNotNull(n)])));
    }

    /// <summary>Groups the numbers of records, each record linking the numbers it shows.</summary>
    /// <param name="records">The records (pages, lines).</param>
    /// <returns>The estates.</returns>
    /// <exception cref="System.ArgumentNullException">The argument, a record or a number is null.</exception>
    public static EstateReport Group(IEnumerable<NumberRecord> records)
    {
        Preconditions.CheckNotNull(records);
        var estates = new Dictionary<(bool, int, int, string), EstateBuilder>();
        var order = new List<EstateBuilder>();
        var unattached = new List<UnattachedPsbNumber>();
        var unattachedKeys = new HashSet<(int, ulong, byte)>();
        var attachedKeys = new HashSet<(int, ulong, byte)>();
        var mixed = ImmutableArray.CreateBuilder<MixedSubjectRecord>();

        EstateBuilder EstateOf(SubjectNumber subject)
        {
            if (!estates.TryGetValue(subject.RecordKey, out EstateBuilder? estate))
            {
                estate = new EstateBuilder(subject);
                estates.Add(subject.RecordKey, estate);
                order.Add(estate);
            }

            return estate;
        }

        foreach (NumberRecord record in records)
        {
            Preconditions.CheckNotNull(record);
            // Lists keep the order of the record, sets beside them keep a record of many numbers linear.
            var subjects = new List<EstateBuilder>();
            var subjectSet = new HashSet<EstateBuilder>();
            var services = new List<(EstateBuilder Estate, ServiceBuilder Service)>();
            var serviceSet = new HashSet<ServiceBuilder>();
            var psbNumbers = new List<PsbFilingNumber>();
            foreach (FilingNumber number in record.Numbers)
            {
                Preconditions.CheckNotNull(number);
                if (number.TryPickT2(out PsbFilingNumber psb, out _))
                {
                    psbNumbers.Add(psb);
                    continue;
                }

                SubjectNumber.TryOf(number, out SubjectNumber subject);
                EstateBuilder estate = EstateOf(subject);
                estate.AddSource(record.Source);
                if (subjectSet.Add(estate))
                {
                    subjects.Add(estate);
                }

                if (number.TryPickT0(out IcpFilingNumber filing, out _) && !filing.IsSubjectNumber)
                {
                    ServiceBuilder service = estate.Service(filing, record.Source);
                    if (serviceSet.Add(service))
                    {
                        services.Add((estate, service));
                    }
                }
                else
                {
                    estate.SubjectNumberListed = true;
                }
            }

            EstateBuilder[] filings = [.. subjects.Where(s => !s.Subject.IsLicense)];
            EstateBuilder[] licenses = [.. subjects.Where(s => s.Subject.IsLicense)];
            bool isMixed = filings.Length > 1 || licenses.Length > 1;
            if (isMixed)
            {
                mixed.Add(new MixedSubjectRecord(record.Source, [.. subjects.Select(s => s.Subject)]));
            }
            else if (filings.Length == 1 && licenses.Length == 1)
            {
                filings[0].Link(licenses[0].Subject);
                licenses[0].Link(filings[0].Subject);
            }

            foreach (PsbFilingNumber psb in psbNumbers)
            {
                if (isMixed)
                {
                    AddUnattached(psb, record.Source);
                }
                else if (services.Count == 1)
                {
                    services[0].Estate.AddServicePsb(services[0].Service, psb);
                    attachedKeys.Add(psb.RecordKey);
                }
                else if (filings.Length == 1 || (filings.Length == 0 && licenses.Length == 1))
                {
                    (filings.Length == 1 ? filings[0] : licenses[0]).AddPsb(psb);
                    attachedKeys.Add(psb.RecordKey);
                }
                else
                {
                    AddUnattached(psb, record.Source);
                }
            }
        }

        // A PSB number once unattached and later attached by a clearer record is the attached one's.
        unattached.RemoveAll(u => attachedKeys.Contains(u.Number.RecordKey));
        return new EstateReport([.. order.Select(e => e.Build())], [.. unattached], mixed.ToImmutable());

        void AddUnattached(PsbFilingNumber psb, string source)
        {
            if (unattachedKeys.Add(psb.RecordKey))
            {
                unattached.Add(new UnattachedPsbNumber(psb, source));
            }
        }
    }

    // Every list of PSB numbers has a set of their record keys beside it: many distinct PSB numbers shown with one
    // service, or with none, made a search of the list per number quadratic (issue 26).
    private static void AddOnce(List<PsbFilingNumber> numbers, HashSet<(int, ulong, byte)> keys, PsbFilingNumber psb)
    {
        if (keys.Add(psb.RecordKey))
        {
            numbers.Add(psb);
        }
    }

    // A set beside the list: every line of a list is its own source, and a search of the list per record made
    // 70,000 lines showing one subject take minutes (issue 26's every-field test: 0.7 s for 64 K characters of
    // input, 143 s for 1 M).
    private static void AddOnce(List<string> sources, HashSet<string> seen, string source)
    {
        if (seen.Add(source))
        {
            sources.Add(source);
        }
    }

    private sealed class EstateBuilder(SubjectNumber subject)
    {
        private readonly Dictionary<(int, ServiceSuffix), ServiceBuilder> _services = [];
        private readonly List<PsbFilingNumber> _psbNumbers = [];
        private readonly HashSet<(int, ulong, byte)> _psbKeys = [];
        private readonly HashSet<(int, ulong, byte)> _servicePsbKeys = [];
        private readonly List<SubjectNumber> _linked = [];
        private readonly HashSet<(bool, int, int, string)> _linkedKeys = [];
        private readonly List<string> _sources = [];
        private readonly HashSet<string> _sourceSet = new(StringComparer.Ordinal);

        internal SubjectNumber Subject { get; } = subject;

        internal bool SubjectNumberListed { get; set; }

        internal void AddSource(string source) => AddOnce(_sources, _sourceSet, source);

        internal ServiceBuilder Service(IcpFilingNumber number, string source)
        {
            var key = (number.ServiceIndex!.Value, number.Suffix);
            if (!_services.TryGetValue(key, out ServiceBuilder? service))
            {
                service = new ServiceBuilder(number);
                _services.Add(key, service);
            }

            service.AddSource(source);
            return service;
        }

        // A PSB number attached to a service is not repeated at the subject's level, nor the other way round: the
        // service, the more precise link, keeps it.
        internal void AddPsb(PsbFilingNumber psb)
        {
            if (!_servicePsbKeys.Contains(psb.RecordKey))
            {
                AddOnce(_psbNumbers, _psbKeys, psb);
            }
        }

        internal void AddServicePsb(ServiceBuilder service, PsbFilingNumber psb)
        {
            service.AddPsb(psb);
            _servicePsbKeys.Add(psb.RecordKey);
        }

        internal void Link(SubjectNumber other)
        {
            if (_linkedKeys.Add(other.RecordKey))
            {
                _linked.Add(other);
            }
        }

        internal SubjectEstate Build()
        {
            EstateService[] services = [.. _services.Values.Select(s => s.Build()).OrderBy(s => s.Index).ThenBy(s => ServiceSuffixExtensions.LetterOf(s.Number.Suffix))];
            PsbFilingNumber[] subjectLevel = [.. _psbNumbers.Where(p => !_servicePsbKeys.Contains(p.RecordKey))];
            return new SubjectEstate(Subject, SubjectNumberListed, [.. services], [.. subjectLevel], [.. _linked], [.. _sources]);
        }
    }

    private sealed class ServiceBuilder(IcpFilingNumber number)
    {
        private readonly List<PsbFilingNumber> _psbNumbers = [];
        private readonly HashSet<(int, ulong, byte)> _psbKeys = [];
        private readonly List<string> _sources = [];
        private readonly HashSet<string> _sourceSet = new(StringComparer.Ordinal);

        internal void AddSource(string source) => AddOnce(_sources, _sourceSet, source);

        internal void AddPsb(PsbFilingNumber psb) => AddOnce(_psbNumbers, _psbKeys, psb);

        internal EstateService Build() => new(number, [.. _psbNumbers], [.. _sources]);
    }
}
