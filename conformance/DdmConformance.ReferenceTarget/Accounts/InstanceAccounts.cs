namespace DdmConformance.ReferenceTarget.Accounts;

/// <summary>
/// The accounts of one DDM instance and its administrator (4.4.6). One lock guards them; every change
/// checks and applies under it, so two concurrent creations of one name cannot both succeed. Account names
/// are compared as MySQL compares user names: exactly.
/// </summary>
internal sealed class InstanceAccounts
{
    /// <summary>4.4.1: "A maximum of 100 DDM accounts can be created for each DDM instance".</summary>
    public const int MaxAccounts = 100;

    private readonly Lock gate = new();
    private readonly List<Account> accounts = [];
    private string? administrator;

    /// <summary>Every account, oldest first.</summary>
    public IReadOnlyList<Account> All()
    {
        lock (gate)
            return accounts.ToList();
    }

    /// <summary>Adds accounts atomically: none when one of them exists already or the instance would exceed its limit.</summary>
    public void Add(IReadOnlyList<Account> added)
    {
        lock (gate)
        {
            if (added.FirstOrDefault(a => IsTaken(a.Name)) is { } taken)
                throw AccountErrors.AlreadyExists(taken.Name);
            if (accounts.Count + added.Count > MaxAccounts)
                throw AccountErrors.CreateFailed($"an instance has at most {MaxAccounts} accounts");
            accounts.AddRange(added);
        }
    }

    /// <summary>Replaces the named account with <paramref name="change"/>'s result; null when there is none.</summary>
    public Account? Update(string name, Func<Account, Account> change)
    {
        lock (gate)
        {
            var index = accounts.FindIndex(a => a.Name == name);
            if (index < 0)
                return null;
            return accounts[index] = change(accounts[index]);
        }
    }

    /// <summary>Removes the named account; null when there is none.</summary>
    public Account? Remove(string name)
    {
        lock (gate)
        {
            var index = accounts.FindIndex(a => a.Name == name);
            if (index < 0)
                return null;
            var removed = accounts[index];
            accounts.RemoveAt(index);
            return removed;
        }
    }

    /// <summary>
    /// 4.4.6: the first call creates the administrator, later calls may only set its password. The name
    /// must not be a DDM account's (DBS.300311); a later call naming another administrator names an
    /// account that does not exist (DBS.300327).
    /// </summary>
    public void SetAdministrator(string name)
    {
        lock (gate)
        {
            if (administrator is null)
            {
                if (IsTaken(name))
                    throw AccountErrors.AlreadyExists(name);
                administrator = name;
            }
            else if (administrator != name)
            {
                throw AccountErrors.NotFound(name);
            }
        }
    }

    private bool IsTaken(string name) => name == administrator || accounts.Any(a => a.Name == name);
}
