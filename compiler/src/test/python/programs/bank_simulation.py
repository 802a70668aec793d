class InsufficientFunds(Exception):
    pass
class Account:
    _next = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.id = Account._next
        Account._next += 1
        self.history = []
    def deposit(self, amt):
        if amt <= 0:
            raise ValueError("amount must be positive")
        self.balance += amt
        self.history.append(("dep", amt))
    def withdraw(self, amt):
        if amt > self.balance:
            raise InsufficientFunds(f"{self.owner}: need {amt}, have {self.balance}")
        self.balance -= amt
        self.history.append(("wd", amt))
    def __repr__(self):
        return f"<Account {self.id} {self.owner} {self.balance}>"
class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, owner, initial=0):
        a = Account(owner, initial)
        self.accounts[a.id] = a
        return a
    def transfer(self, src, dst, amt):
        try:
            self.accounts[src].withdraw(amt)
        except InsufficientFunds as e:
            return f"failed: {e}"
        self.accounts[dst].deposit(amt)
        return "ok"
b = Bank()
x = b.open("ann", 100)
y = b.open("bob")
print(b.transfer(x.id, y.id, 30), b.transfer(y.id, x.id, 50), b.transfer(y.id, x.id, 30))
print(x, y, x.history, y.history)
try:
    x.deposit(-1)
except ValueError as e:
    print("ValueError:", e)
print(sum(a.balance for a in b.accounts.values()))
