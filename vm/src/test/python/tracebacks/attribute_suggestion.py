# AttributeError with CPython's "Did you mean" suggestion, raised from a method call chain.
class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
    def deposit(self, amount):
        self.balance += amount
        return self
    def describe(self):
        return f"{self.owner}: {self.balance}"
class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, owner):
        self.accounts[owner] = Account(owner, 0)
        return self.accounts[owner]
    def total(self):
        return sum(a.balanse for a in self.accounts.values())
bank = Bank()
bank.open("ann").deposit(10).deposit(5)
bank.open("bob").deposit(7)
for acct in bank.accounts.values():
    print(acct.describe())
print("total:")
print(bank.total())
