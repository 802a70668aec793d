from dataclasses import dataclass, field
from typing import Optional
@dataclass
class Product:
    sku: str
    name: str
    price: float
    qty: int = 0
    tags: list[str] = field(default_factory=list)
    def value(self) -> float:
        return self.price * self.qty
@dataclass
class Inventory:
    products: dict[str, Product] = field(default_factory=dict)
    def add(self, p: Product) -> None:
        if p.sku in self.products:
            self.products[p.sku].qty += p.qty
        else:
            self.products[p.sku] = p
    def find(self, tag: str) -> list[str]:
        return sorted(p.name for p in self.products.values() if tag in p.tags)
    def remove(self, sku: str, n: int) -> Optional[str]:
        match self.products.get(sku):
            case None:
                return f"no such sku {sku}"
            case Product(qty=q) if q < n:
                return f"only {q} left"
            case p:
                p.qty -= n
                return None
inv = Inventory()
inv.add(Product("a1", "apple", 0.5, 10, ["fruit"]))
inv.add(Product("b2", "bread", 2.25, 3, ["bakery"]))
inv.add(Product("a1", "apple", 0.5, 5))
inv.add(Product("c3", "cherry", 4.0, 1, ["fruit", "red"]))
print(inv.products["a1"])
print(inv.find("fruit"), inv.find("none"))
print(inv.remove("zz", 1), inv.remove("c3", 2), inv.remove("a1", 4))
print(f"{sum(p.value() for p in inv.products.values()):.2f}")
