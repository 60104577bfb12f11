using IcpCompliance.Filing;

namespace IcpCompliance.Rules;

/// <summary>Every person named in an application: <c>People</c>, then each service's principal and its account's
/// administrator. A struct enumerator, so walking the people allocates nothing.</summary>
internal struct PeopleOf(FilingApplication application)
{
    private int _people = -1;
    private int _service;
    private int _stage;

    public PersonAt Current { get; private set; }

    public readonly PeopleOf GetEnumerator() => this;

    public bool MoveNext()
    {
        if (_stage == 0)
        {
            if (++_people < application.People.Length)
            {
                Current = new PersonAt(application.People[_people], PersonSlot.People, _people);
                return true;
            }

            _stage = 1;
        }

        while (_service < application.Services.Length)
        {
            FilingService service = application.Services[_service];
            if (_stage == 1)
            {
                _stage = 2;
                Current = new PersonAt(service.Principal, PersonSlot.ServicePrincipal, _service);
                return true;
            }

            _stage = 1;
            int index = _service++;
            if (service.Account?.Administrator is Person administrator)
            {
                Current = new PersonAt(administrator, PersonSlot.Administrator, index);
                return true;
            }
        }

        return false;
    }
}
