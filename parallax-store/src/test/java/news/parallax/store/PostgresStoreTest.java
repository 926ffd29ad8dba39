package news.parallax.store;

/** The store contract on a real PostgreSQL server ({@link TestStores#PG_VARIABLE}). */
class PostgresStoreTest extends StoreContract {
  @Override
  String emptyStore() {
    return TestStores.postgres();
  }
}
