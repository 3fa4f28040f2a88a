from ninja import NinjaAPI

api = NinjaAPI(title="Netzwerk Integration API", version="1.0.0", urls_namespace="api")
