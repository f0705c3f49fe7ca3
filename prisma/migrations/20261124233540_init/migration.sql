-- Trigram indexes (Korean partial-word search) need pg_trgm.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('USER', 'MARKETER');

-- CreateEnum
CREATE TYPE "FollowEventKind" AS ENUM ('FOLLOW', 'UNFOLLOW');

-- CreateEnum
CREATE TYPE "DiscountType" AS ENUM ('AMOUNT', 'PERCENT');

-- CreateTable
CREATE TABLE "members" (
    "id" TEXT NOT NULL,
    "email" TEXT,
    "email_verified" TIMESTAMP(3),
    "password_hash" TEXT,
    "nickname" TEXT NOT NULL,
    "nickname_key" TEXT NOT NULL,
    "image" TEXT,
    "role" "Role" NOT NULL DEFAULT 'USER',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "members_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "accounts" (
    "user_id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "provider_account_id" TEXT NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,
    "session_state" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "accounts_pkey" PRIMARY KEY ("provider","provider_account_id")
);

-- CreateTable
CREATE TABLE "sessions" (
    "session_token" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL
);

-- CreateTable
CREATE TABLE "verification_tokens" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "verification_tokens_pkey" PRIMARY KEY ("identifier","token")
);

-- CreateTable
CREATE TABLE "ateliers" (
    "id" SERIAL NOT NULL,
    "owner_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tagline" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "location" TEXT NOT NULL,
    "profile_image" TEXT NOT NULL,
    "cover_image" TEXT NOT NULL,
    "follower_count" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ateliers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "categories" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "parent_id" INTEGER,
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "categories_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "products" (
    "id" SERIAL NOT NULL,
    "atelier_id" INTEGER NOT NULL,
    "category_id" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "price" INTEGER NOT NULL,
    "original_price" INTEGER,
    "images" TEXT[],
    "like_count" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "products_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "likes" (
    "user_id" TEXT NOT NULL,
    "product_id" INTEGER NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "likes_pkey" PRIMARY KEY ("user_id","product_id")
);

-- CreateTable
CREATE TABLE "follows" (
    "user_id" TEXT NOT NULL,
    "atelier_id" INTEGER NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "follows_pkey" PRIMARY KEY ("user_id","atelier_id")
);

-- CreateTable
CREATE TABLE "follow_events" (
    "id" BIGSERIAL NOT NULL,
    "atelier_id" INTEGER NOT NULL,
    "kind" "FollowEventKind" NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "follow_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "coupon_events" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "banner_image" TEXT,
    "discount_type" "DiscountType" NOT NULL,
    "discount_value" INTEGER NOT NULL,
    "max_discount" INTEGER,
    "min_order_amount" INTEGER NOT NULL DEFAULT 0,
    "total_quantity" INTEGER NOT NULL,
    "starts_at" TIMESTAMP(3) NOT NULL,
    "ends_at" TIMESTAMP(3) NOT NULL,
    "valid_days" INTEGER NOT NULL,
    "closed_at" TIMESTAMP(3),
    "atelier_id" INTEGER,
    "created_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "coupon_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "coupons" (
    "id" TEXT NOT NULL,
    "event_id" INTEGER NOT NULL,
    "user_id" TEXT,
    "seq" INTEGER NOT NULL,
    "issued_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMP(3) NOT NULL,
    "used_at" TIMESTAMP(3),

    CONSTRAINT "coupons_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "members_email_key" ON "members"("email");

-- CreateIndex
CREATE UNIQUE INDEX "members_nickname_key_key" ON "members"("nickname_key");

-- CreateIndex
CREATE INDEX "accounts_user_id_idx" ON "accounts"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "sessions_session_token_key" ON "sessions"("session_token");

-- CreateIndex
CREATE INDEX "sessions_user_id_idx" ON "sessions"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "ateliers_owner_id_key" ON "ateliers"("owner_id");

-- CreateIndex
CREATE INDEX "ateliers_follower_count_id_idx" ON "ateliers"("follower_count" DESC, "id");

-- CreateIndex
CREATE INDEX "ateliers_name_idx" ON "ateliers" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "categories_slug_key" ON "categories"("slug");

-- CreateIndex
CREATE INDEX "categories_parent_id_sort_order_idx" ON "categories"("parent_id", "sort_order");

-- CreateIndex
CREATE INDEX "products_category_id_like_count_id_idx" ON "products"("category_id", "like_count" DESC, "id");

-- CreateIndex
CREATE INDEX "products_category_id_created_at_id_idx" ON "products"("category_id", "created_at" DESC, "id");

-- CreateIndex
CREATE INDEX "products_category_id_price_id_idx" ON "products"("category_id", "price", "id");

-- CreateIndex
CREATE INDEX "products_like_count_id_idx" ON "products"("like_count" DESC, "id");

-- CreateIndex
CREATE INDEX "products_atelier_id_created_at_idx" ON "products"("atelier_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "products_title_idx" ON "products" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "likes_user_id_created_at_idx" ON "likes"("user_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "likes_product_id_idx" ON "likes"("product_id");

-- CreateIndex
CREATE INDEX "follows_user_id_created_at_idx" ON "follows"("user_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "follows_atelier_id_created_at_idx" ON "follows"("atelier_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "follow_events_atelier_id_at_idx" ON "follow_events"("atelier_id", "at");

-- CreateIndex
CREATE INDEX "coupon_events_starts_at_idx" ON "coupon_events"("starts_at");

-- CreateIndex
CREATE INDEX "coupon_events_ends_at_idx" ON "coupon_events"("ends_at");

-- CreateIndex
CREATE INDEX "coupon_events_atelier_id_starts_at_idx" ON "coupon_events"("atelier_id", "starts_at");

-- CreateIndex
CREATE INDEX "coupons_user_id_expires_at_idx" ON "coupons"("user_id", "expires_at");

-- CreateIndex
CREATE INDEX "coupons_event_id_issued_at_idx" ON "coupons"("event_id", "issued_at");

-- CreateIndex
CREATE UNIQUE INDEX "coupons_event_id_user_id_key" ON "coupons"("event_id", "user_id");

-- CreateIndex
CREATE UNIQUE INDEX "coupons_event_id_seq_key" ON "coupons"("event_id", "seq");

-- AddForeignKey
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ateliers" ADD CONSTRAINT "ateliers_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "members"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "categories" ADD CONSTRAINT "categories_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "categories"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "products" ADD CONSTRAINT "products_atelier_id_fkey" FOREIGN KEY ("atelier_id") REFERENCES "ateliers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "products" ADD CONSTRAINT "products_category_id_fkey" FOREIGN KEY ("category_id") REFERENCES "categories"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "likes" ADD CONSTRAINT "likes_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "likes" ADD CONSTRAINT "likes_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "products"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "follows" ADD CONSTRAINT "follows_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "follows" ADD CONSTRAINT "follows_atelier_id_fkey" FOREIGN KEY ("atelier_id") REFERENCES "ateliers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "follow_events" ADD CONSTRAINT "follow_events_atelier_id_fkey" FOREIGN KEY ("atelier_id") REFERENCES "ateliers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "coupon_events" ADD CONSTRAINT "coupon_events_atelier_id_fkey" FOREIGN KEY ("atelier_id") REFERENCES "ateliers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "coupon_events" ADD CONSTRAINT "coupon_events_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "members"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "coupons" ADD CONSTRAINT "coupons_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "coupon_events"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "coupons" ADD CONSTRAINT "coupons_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "members"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Guards Prisma cannot express. They hold the invariants even if application code is wrong.
ALTER TABLE "products" ADD CONSTRAINT "products_price_check" CHECK ("price" >= 0);
ALTER TABLE "products" ADD CONSTRAINT "products_like_count_check" CHECK ("like_count" >= 0);
ALTER TABLE "ateliers" ADD CONSTRAINT "ateliers_follower_count_check" CHECK ("follower_count" >= 0);
ALTER TABLE "coupon_events" ADD CONSTRAINT "coupon_events_quantity_check" CHECK ("total_quantity" BETWEEN 1 AND 1000000);
ALTER TABLE "coupon_events" ADD CONSTRAINT "coupon_events_window_check" CHECK ("ends_at" > "starts_at");
ALTER TABLE "coupons" ADD CONSTRAINT "coupons_seq_check" CHECK ("seq" >= 1);

-- Coupon invariant 1 at the database: a coupon's slot number never exceeds its event's
-- total quantity. With UNIQUE (event_id, seq) this caps the rows of an event at
-- total_quantity, whatever Redis answered.
CREATE FUNCTION "coupons_seq_within_quantity"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."seq" > (SELECT "total_quantity" FROM "coupon_events" WHERE "id" = NEW."event_id") THEN
    RAISE EXCEPTION 'coupon seq % exceeds the event''s total quantity', NEW."seq" USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "coupons_seq_within_quantity" BEFORE INSERT OR UPDATE OF "seq", "event_id" ON "coupons"
  FOR EACH ROW EXECUTE FUNCTION "coupons_seq_within_quantity"();
